import type { CsvCell } from "../../../platform/csv/csv-writer";
import type { Deps } from "../../../platform/deps";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { districtName } from "../../../platform/reference-data";
import { officialFeedbackForMany } from "../../moderation";
import { actionFieldChoices } from "../../strategy";
import { listEntriesQuery } from "../data/entries";
import { referenceNumber } from "../domain/entry";
import type { EntryFilter } from "../domain/inputs";
import { ENTRY_TYPE } from "./entry-resource";

const CHUNK = 1000;

/** The columns a participation office expects, in the reader's language. */
export function csvHeader(t: Translate): string[] {
  return [
    "reference",
    "link",
    "kind",
    "title",
    "state",
    "actionFields",
    "districts",
    "supports",
    "comments",
    "feedback",
    "created",
    "lastStateChange",
  ].map((column) => t(`arena.csv.${column}`));
}

/**
 * Every entry matching the filter as CSV cells, oldest first, read in chunks so a large Arena is
 * not held in one query. Hidden entries keep their row without their title.
 */
export async function csvRowsOf(
  deps: Deps,
  filter: EntryFilter,
  reader: { t: Translate; locale: Locale },
): Promise<CsvCell[][]> {
  const { t, locale } = reader;
  const db = deps.database.db;
  const fieldName = new Map((await actionFieldChoices(db, locale)).map((f) => [f.id, f.name]));
  const rows: CsvCell[][] = [];
  for (let offset = 0; ; offset += CHUNK) {
    const chunk = await listEntriesQuery(db, filter, { sort: "newest", limit: CHUNK, offset });
    const feedbackOf = await officialFeedbackForMany(
      db,
      ENTRY_TYPE,
      chunk.map((e) => e.id),
    );
    for (const e of chunk) {
      const feedback = feedbackOf.get(e.id) ?? [];
      rows.push([
        referenceNumber(e.number),
        `${deps.config.baseUrl}/arena/${e.number}`,
        t(`arena.kind.${e.kind}`),
        e.hiddenReason ? t("arena.hidden.title") : e.title,
        t(`arena.state.${e.state}`),
        e.actionFieldIds.map((id) => fieldName.get(id) ?? id).join("; "),
        e.districtIds.length === 0
          ? t("arena.place.city")
          : e.districtIds.map((d) => districtName(deps.city, d, locale) ?? d).join("; "),
        e.supportCount,
        e.commentCount,
        feedback.map((f) => f.body).join(" | "),
        e.createdAt.toISOString(),
        e.stateChangedAt.toISOString(),
      ]);
    }
    if (chunk.length < CHUNK) return rows;
  }
}
