import type { Counters } from "../../../platform/cache/change-counters";
import type { SiteContributions } from "../../../platform/contributions/contributions";
import { publishedLessonsOfMeasure } from "../data/lessons";
import { listModelVersions } from "../data/models";
import { acceptedProposalsOfMeasure } from "../data/reviews";

/** Versions of a measure's goals shown on its journey, the newest. */
const JOURNEY_VERSIONS = 20;
/** Review decisions and lessons shown on the journey, each the newest. */
const JOURNEY_REVIEW_STEPS = 20;

/**
 * Monitoring on the measure page: each version of the measure's goals and indicators is a step of
 * its journey, with its reason, linking to the measure's monitoring page; so are the changes a
 * review round accepted and the lessons of published rounds, linking to the measure's report. This is the measure
 * page's way to the monitoring page; measures without goals yet have no such step.
 */
export const monitoringSiteContributions: SiteContributions = {
  journey: {
    version: (counters: Counters) => counters.monitoring,
    events: async (deps, measure, reader) => {
      const { t } = reader;
      const { items } = await listModelVersions(deps.database.db, measure.id, { limit: JOURNEY_VERSIONS, offset: 0 });
      const href = `/measures/${encodeURIComponent(measure.slug)}/monitoring`;
      const db = deps.database.db;
      const [decisions, lessons] = await Promise.all([
        acceptedProposalsOfMeasure(db, measure.id, JOURNEY_REVIEW_STEPS),
        publishedLessonsOfMeasure(db, measure.id, JOURNEY_REVIEW_STEPS),
      ]);
      const round = (id: string) => `/reviews/${encodeURIComponent(id)}`;
      // Oldest first, so versions made in the same moment (the demo) keep their order on the timeline.
      return [
        ...[...items].reverse().map((version) => ({
          at: version.createdAt,
          kind: t(version.version === 1 ? "monitoring.journey.setUp" : "monitoring.journey.revised"),
          title: t("monitoring.journey.title"),
          text: version.reason,
          href: version.version === 1 ? href : `${href}#history`,
        })),
        // A review's decisions and lessons, each linking to its round.
        ...decisions.map((decision) => ({
          at: decision.decidedAt,
          kind: t("monitoring.review.journey.decision"),
          title: decision.roundTitle,
          text: decision.change.reason,
          href: `${round(decision.roundId)}/measures/${encodeURIComponent(measure.slug)}`,
        })),
        ...lessons.map((lesson) => ({
          at: lesson.publishedAt,
          kind: t("monitoring.review.journey.lesson"),
          title: lesson.roundTitle,
          text: lesson.text,
          href: `${round(lesson.roundId)}/measures/${encodeURIComponent(measure.slug)}`,
        })),
      ];
    },
  },
};
