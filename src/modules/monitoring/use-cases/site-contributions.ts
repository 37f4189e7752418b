import type { Counters } from "../../../platform/cache/change-counters";
import type { SiteContributions } from "../../../platform/contributions/contributions";
import { listModelVersions } from "../data/models";

/** Versions of a measure's goals shown on its journey, the newest. */
const JOURNEY_VERSIONS = 20;

/**
 * Monitoring on the measure page: each version of the measure's goals and indicators is a step of
 * its journey, with its reason, linking to the measure's monitoring page. This is the measure
 * page's way to the monitoring page; measures without goals yet have no such step.
 */
export const monitoringSiteContributions: SiteContributions = {
  journey: {
    version: (counters: Counters) => counters.monitoring,
    events: async (deps, measure, reader) => {
      const { t } = reader;
      const { items } = await listModelVersions(deps.database.db, measure.id, { limit: JOURNEY_VERSIONS, offset: 0 });
      const href = `/measures/${encodeURIComponent(measure.slug)}/monitoring`;
      // Oldest first, so versions made in the same moment (the demo) keep their order on the timeline.
      return [...items].reverse().map((version) => ({
        at: version.createdAt,
        kind: t(version.version === 1 ? "monitoring.journey.setUp" : "monitoring.journey.revised"),
        title: t("monitoring.journey.title"),
        text: version.reason,
        href: version.version === 1 ? href : `${href}#history`,
      }));
    },
  },
};
