import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { arenaEntries, arenaSupports } from "./schema";

export interface SupportPair {
  entryId: string;
  accountId: string;
}

const pairKey = (pair: SupportPair) => `${pair.entryId}|${pair.accountId}`;

/**
 * Moves the counts beside the entries by what was really added or removed, in the same transaction
 * as the rows, so they never drift. The rows are locked in the order of their ids first, so two
 * processes writing batches at once cannot deadlock.
 */
async function moveSupportCounts(tx: Executor, pairs: readonly SupportPair[], step: 1 | -1): Promise<void> {
  const byEntry = new Map<string, number>();
  for (const pair of pairs) byEntry.set(pair.entryId, (byEntry.get(pair.entryId) ?? 0) + step);
  if (byEntry.size === 0) return;
  const ids = [...byEntry.keys()].sort();
  await tx
    .select({ id: arenaEntries.id })
    .from(arenaEntries)
    .where(inArray(arenaEntries.id, ids))
    .orderBy(arenaEntries.id)
    .for("update");
  const moves = sql.join(
    ids.map((id) => sql`(${id}::uuid, ${byEntry.get(id) ?? 0}::int)`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${arenaEntries} e set support_count = greatest(0, e.support_count + m.n)
    from (values ${moves}) as m(id, n) where e.id = m.id`);
}

/**
 * Adds supports, one per account and entry: a pair already there (double click, retry, two requests
 * at once) finds the primary key taken and changes nothing. Answers the pairs really added.
 */
export async function addSupports(
  tx: Executor,
  supports: ReadonlyArray<SupportPair & { createdAt: Date }>,
): Promise<Set<string>> {
  const unique = [...new Map(supports.map((s) => [pairKey(s), s])).values()];
  if (unique.length === 0) return new Set();
  const added = await tx
    .insert(arenaSupports)
    .values(unique.map((s) => ({ entryId: s.entryId, accountId: s.accountId, createdAt: s.createdAt })))
    .onConflictDoNothing()
    .returning({ entryId: arenaSupports.entryId, accountId: arenaSupports.accountId });
  await moveSupportCounts(tx, added, 1);
  return new Set(added.map(pairKey));
}

/** Withdraws supports; a pair not there changes nothing. Answers the pairs really removed. */
export async function removeSupports(tx: Executor, pairs: readonly SupportPair[]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const removed = await tx
    .delete(arenaSupports)
    .where(or(...pairs.map((p) => and(eq(arenaSupports.entryId, p.entryId), eq(arenaSupports.accountId, p.accountId)))))
    .returning({ entryId: arenaSupports.entryId, accountId: arenaSupports.accountId });
  await moveSupportCounts(tx, removed, -1);
  return new Set(removed.map(pairKey));
}

/** The key of a pair in the sets `addSupports` and `removeSupports` answer. */
export { pairKey as supportPairKey };

export async function supportsOfAccount(db: Executor, accountId: string) {
  return db
    .select({ number: arenaEntries.number, title: arenaEntries.title, createdAt: arenaSupports.createdAt })
    .from(arenaSupports)
    .innerJoin(arenaEntries, eq(arenaEntries.id, arenaSupports.entryId))
    .where(eq(arenaSupports.accountId, accountId));
}

/**
 * Erasing an account removes its supports (a support is nothing but the person's name on the
 * entry) and lowers the counts with them.
 */
export async function removeSupportsOfAccount(tx: Executor, accountId: string): Promise<void> {
  await tx.execute(sql`
    with removed as (delete from ${arenaSupports} where account_id = ${accountId} returning entry_id)
    update ${arenaEntries} e set support_count = greatest(0, e.support_count - r.n)
    from (select entry_id, count(*)::int as n from removed group by entry_id) r where e.id = r.entry_id`);
}
