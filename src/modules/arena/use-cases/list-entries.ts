import { createHash } from "node:crypto";
import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import { answerFigures, entriesPerDistrict, listEntries } from "../data/entries";

export type { ConsortiumRow } from "../data/consortia";
export type { EntryListRow } from "../data/entries";

import type { EntryFilter, EntrySort } from "../domain/inputs";

/**
 * The seed of the random order: the same for one visitor all day (an account, or else the client
 * address), different for the next visitor and the next day. Only its hash is used, never stored.
 */
export function dailySeed(visitor: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return createHash("sha256").update(`${day}|${visitor}`).digest("hex").slice(0, 16);
}

export async function listArenaEntries(
  deps: Deps,
  request: { filter: EntryFilter; sort: EntrySort; page: Pagination; visitor: string },
) {
  return listEntries(deps.database.db, request.filter, {
    sort: request.sort,
    seed: dailySeed(request.visitor, deps.clock()),
    limit: request.page.pageSize,
    offset: offsetOf(request.page),
  });
}

/** The figures above the list: answers of the office and entries per district (for the map). */
export async function arenaOverview(deps: Deps) {
  const db = deps.database.db;
  const [answers, places] = await Promise.all([answerFigures(db, deps.clock()), entriesPerDistrict(db)]);
  return { answers, places };
}
