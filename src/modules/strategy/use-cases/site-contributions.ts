import type { Counters } from "../../../platform/cache/change-counters";
import type {
  HappeningItem,
  OpenDataItem,
  Reader,
  SiteContributions,
} from "../../../platform/contributions/contributions";
import type { Deps } from "../../../platform/deps";
import { latestMeasures, measureChoices } from "../data/site-reads";

/** The three measures changed last. */
async function happening(deps: Deps, reader: Reader): Promise<HappeningItem[]> {
  const rows = await latestMeasures(deps.database.db, 3);
  const english = reader.locale === "en";
  return rows.map((m) => ({
    title: (english && m.titleEn) || m.titleDe,
    badge: reader.t("strategy.site.measureBadge"),
    text: (english && m.summaryEn) || m.summaryDe || reader.t("strategy.site.measureNoSummary"),
    href: `/measures/${m.slug}`,
    // After the open calls of the other modules, newest first.
    sortKey: Number.MAX_SAFE_INTEGER - m.updatedAt.getTime(),
  }));
}

/** The catalogue of measures as JSON and CSV. */
async function openData(_deps: Deps, reader: Reader): Promise<OpenDataItem[]> {
  const { t } = reader;
  return [
    {
      group: t("strategy.site.group"),
      title: t("strategy.site.measuresTitle"),
      text: t("strategy.site.measuresText"),
      links: [
        { href: "/measures/export.json", label: t("strategy.site.measuresJson"), format: "JSON" },
        { href: "/measures/export.csv", label: t("strategy.site.measuresCsv"), format: "CSV" },
      ],
    },
  ];
}

/** The strategy's part of the shared pages; its texts are in views/site-messages.ts. */
/** What `happening` reads changes with this counter. */
const version = (counters: Counters) => counters.catalogue;

export const strategySiteContributions: SiteContributions = {
  happening,
  version,
  openData,
  roleScopes: [
    {
      type: "measure",
      roles: ["team_member"],
      list: async (deps) => (await measureChoices(deps.database.db)).map((m) => ({ id: m.slug, name: m.title })),
    },
  ],
};
