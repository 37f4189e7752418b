import type { Counters } from "../../../platform/cache/change-counters";
import type { SiteContributions } from "../../../platform/contributions/contributions";
import { hasRole } from "../../../platform/permissions/permissions";
import { answerFigures, entriesAwaitingAnswer, entriesOfMeasure, listEntries } from "../data/entries";
import { stateHistory } from "../data/state-changes";
import { entryPath } from "./entry-resource";

/** The Arena on the home page, the office's start page and the open-data page. */
export const arenaSiteContributions: SiteContributions = {
  version: (counters: Counters) => counters.arena,
  happening: async (deps, reader) => {
    const { t } = reader;
    const { items, total } = await listEntries(deps.database.db, {}, { sort: "newest", limit: 1, offset: 0 });
    const newest = items[0];
    return [
      {
        title: t("arena.site.title"),
        badge: t("arena.site.badge"),
        text:
          newest && !newest.hiddenReason
            ? t(total === 1 ? "arena.site.textNewestOne" : "arena.site.textNewest", {
                count: total,
                title: newest.title,
              })
            : t("arena.site.text"),
        href: "/arena",
        // Always open: after what ends soon, before what has no end.
        sortKey: Number.MAX_SAFE_INTEGER - 1,
      },
    ];
  },
  officeTasks: async (deps, actor, reader) => {
    if (!hasRole(actor, "strategy_office") && !hasRole(actor, "administrator")) return [];
    const { t } = reader;
    const [{ total }, figures] = await Promise.all([
      entriesAwaitingAnswer(deps.database.db, 1, 0),
      answerFigures(deps.database.db, reader.now),
    ]);
    if (total === 0) return [];
    return [
      {
        group: t("arena.site.group"),
        title: t(total === 1 ? "arena.site.awaitingTitleOne" : "arena.site.awaitingTitle", { count: total }),
        text:
          figures.rate === null
            ? t("arena.site.awaitingText")
            : t("arena.site.awaitingRate", { percent: Math.round(figures.rate * 100) }),
        href: "/arena/office",
      },
    ];
  },
  journey: {
    version: (counters: Counters) => counters.arena,
    // The entry the measure came from: when it was brought in, and each public answer on its way.
    events: async (deps, measure, reader) => {
      const { t } = reader;
      const entries = await entriesOfMeasure(deps.database.db, measure.slug);
      const shown = entries.filter((entry) => !entry.hiddenReason);
      const histories = await Promise.all(shown.map((entry) => stateHistory(deps.database.db, entry.id)));
      return shown.flatMap((entry, i) => [
        { at: entry.createdAt, kind: t("arena.journey.submitted"), title: entry.title, href: entryPath(entry.number) },
        ...(histories[i] ?? []).map((change) => ({
          at: change.createdAt,
          kind: t("arena.journey.answer", { state: t(`arena.state.${change.toState}`) }),
          title: entry.title,
          text: change.explanation,
          href: entryPath(entry.number),
        })),
      ]);
    },
  },
  openData: async (_deps, reader) => {
    const { t } = reader;
    return [
      {
        group: t("arena.site.group"),
        title: t("arena.site.openDataTitle"),
        text: t("arena.site.openDataText"),
        links: [
          { href: "/arena/entries.csv", label: t("arena.list.csv"), format: "CSV" },
          { href: "/api/v1/arena/entries", label: t("arena.site.api"), format: "JSON" },
          { href: "/arena/feed.atom", label: t("arena.list.feed"), format: "Atom" },
          { href: "/arena/states.atom", label: t("arena.list.stateFeed"), format: "Atom" },
        ],
      },
    ];
  },
};
