import { keywordsOf, type SiteContributions } from "../../../platform/contributions/contributions";
import { dateTimeFormat } from "../../../platform/i18n/formats";
import { localized } from "../../../platform/i18n/i18n";
import { listProcesses, processesOfMeasure } from "../data/process-list";
import { lastProcessChange } from "../data/processes";
import { processState } from "../domain/process";
import { processPath } from "../domain/process-path";

/** The home page shows at most this many running processes; a measure has a handful of processes. */
const HOME_LIMIT = 3;
const JOURNEY_LIMIT = 50;

/**
 * Running processes on the home page (ending soonest first), a measure's processes on its journey
 * (started, finished), and the processes' API on the open-data page and in its catalogue.
 */
export const participationSiteContributions: SiteContributions = {
  version: (counters) => counters.participation,
  happening: async (deps, reader) => {
    const { t, locale, now } = reader;
    const day = dateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: deps.city.timeZone,
    });
    const { items } = await listProcesses(deps.database.db, { when: "current" }, now, HOME_LIMIT, 0);
    return items.flatMap((process) => {
      const state = processState(process.phases, now);
      const phase = state.kind === "running" ? process.phases[state.phase] : undefined;
      if (!phase) return [];
      return [
        {
          title: localized(process.title, locale),
          badge: t("participation.site.badge"),
          text: t("participation.state.running", {
            method: t(`participation.method.${phase.method}`),
            date: day.format(new Date(phase.endsAt.getTime() - 1)),
          }),
          href: processPath(process.slug),
          sortKey: phase.endsAt.getTime(),
        },
      ];
    });
  },
  openData: async (_deps, reader) => [
    {
      group: reader.t("participation.openData.group"),
      title: reader.t("participation.openData.title"),
      text: reader.t("participation.openData.text"),
      links: [{ href: "/api/v1/processes", label: reader.t("participation.openData.link"), format: "JSON" }],
    },
  ],
  catalogue: async (deps, both) => [
    {
      id: "participation-processes",
      title: both("participation.openData.title"),
      description: both("participation.openData.text"),
      keywords: keywordsOf(both, ["participation.openData.keyword", "participation.openData.keyword.smartCity"]),
      themes: ["GOVE", "SOCI"],
      modified: (await lastProcessChange(deps.database.db)) ?? deps.clock(),
      distributions: [
        {
          id: "json",
          title: both("participation.openData.link"),
          url: "/api/v1/processes",
          mediaType: "application/json",
          format: "JSON",
        },
      ],
    },
  ],
  journey: {
    version: (counters) => counters.participation,
    events: async (deps, measure, reader) => {
      const { t, locale, now } = reader;
      const processes = await processesOfMeasure(deps.database.db, measure.slug, JOURNEY_LIMIT);
      return processes.flatMap((process) => {
        const first = process.phases[0];
        const last = process.phases.at(-1);
        if (!first || !last || first.startsAt.getTime() > now.getTime()) return [];
        const title = localized(process.title, locale);
        const href = processPath(process.slug);
        const started = {
          at: first.startsAt,
          kind: t("participation.journey.started"),
          title,
          text: localized(process.summary, locale),
          href,
        };
        if (last.endsAt.getTime() > now.getTime()) return [started];
        return [started, { at: last.endsAt, kind: t("participation.journey.finished"), title, href }];
      });
    },
  },
};
