import { createHash } from "node:crypto";
import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import { currentCounters } from "../../../platform/cache/change-counters";
import { keptValue } from "../../../platform/cache/kept-values";
import type { Deps } from "../../../platform/deps";
import { answerFigures, entriesPerDistrict, entryIdsMatching, listEntries, listRowsByIds } from "../data/entries";
import { dailyOrderPage, idHash, seedNumber } from "../domain/daily-order";

export type { ConsortiumRow } from "../data/consortia";
export type { EntryListRow } from "../data/entries";

import type { EntryFilter, EntrySort } from "../domain/inputs";

/**
 * Supports and comments move only the counts beside an entry, not the arena's change counter (so
 * clicks do not queue on one row): pages that show counts are made afresh this often at least.
 */
export const COUNTS_MAX_AGE_MS = 5_000;

/**
 * The answer figures move with the clock too (entries younger than the grace period are not counted
 * yet): they are worked out afresh at least this often.
 */
const OVERVIEW_MAX_AGE_MS = 60_000;

/**
 * How many random orders there are each day. Every visitor is given one of them for the whole day
 * (an account, or else the client address), the next day another: with 64 orders, an entry's place
 * is as fair as with one order per visitor, and everyone given the same order shares its kept pages,
 * so the random list costs no more than the other orders.
 */
export const DAILY_ORDERS = 64;

/** The visitor's random order of the day, e.g. `2026-12-06.17`. Only a hash of the visitor is used, never stored. */
export function dailyOrderOf(visitor: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const hash = createHash("sha256").update(`${day}|${visitor}`).digest();
  return `${day}.${hash.readUInt32BE(0) % DAILY_ORDERS}`;
}

/** The seed that sorts the entries for one daily order. */
function seedOf(order: string): string {
  return createHash("sha256").update(`arena-order|${order}`).digest("hex").slice(0, 16);
}

/**
 * The entries a filter matches, kept per version of the arena: the random order picks its page
 * from them for every request (see daily-order.ts) instead of ordering the table each time.
 */
async function matchingEntries(deps: Deps, filter: EntryFilter) {
  const db = deps.database.db;
  const { arena } = await currentCounters(deps.database);
  return keptValue(
    { owner: db, key: `arena-matching:${JSON.stringify(filter)}`, version: arena, now: deps.clock().getTime() },
    async () => {
      const ids = await entryIdsMatching(db, filter);
      return { ids, hashes: Uint32Array.from(ids, idHash) };
    },
  );
}

export async function listArenaEntries(
  deps: Deps,
  request: { filter: EntryFilter; sort: EntrySort; page: Pagination; order: string },
) {
  if (request.sort === "random") {
    const seed = seedOf(request.order);
    const { ids, hashes } = await matchingEntries(deps, request.filter);
    const positions = dailyOrderPage(hashes, seedNumber(seed), offsetOf(request.page), request.page.pageSize);
    const items = await listRowsByIds(
      deps.database.db,
      positions.map((at) => ids[at] as string),
    );
    return { items, total: ids.length };
  }
  return listEntries(deps.database.db, request.filter, {
    sort: request.sort,
    limit: request.page.pageSize,
    offset: offsetOf(request.page),
  });
}

/**
 * The figures above the list: answers of the office and entries per district (for the map). Both
 * read every entry, so they are kept per version of the arena.
 */
export async function arenaOverview(deps: Deps) {
  const db = deps.database.db;
  const { arena } = await currentCounters(deps.database);
  const now = deps.clock();
  return keptValue(
    { owner: db, key: "arena-overview", version: arena, now: now.getTime(), maxAgeMs: OVERVIEW_MAX_AGE_MS },
    async () => {
      const [answers, places] = await Promise.all([answerFigures(db, now), entriesPerDistrict(db)]);
      return { answers, places };
    },
  );
}
