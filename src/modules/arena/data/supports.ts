import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { arenaEntries, arenaSupports } from "./schema";

/**
 * Adds the account's support; a second one (double click, retry, two requests at once) finds the
 * primary key taken and changes nothing. The count moves only when a row was really added, in the
 * same transaction, so it never drifts from the rows.
 */
export async function addSupport(tx: Executor, entryId: string, accountId: string, now: Date): Promise<boolean> {
  const added = await tx
    .insert(arenaSupports)
    .values({ entryId, accountId, createdAt: now })
    .onConflictDoNothing()
    .returning({ entryId: arenaSupports.entryId });
  if (added.length === 0) return false;
  await tx
    .update(arenaEntries)
    .set({ supportCount: sql`${arenaEntries.supportCount} + 1` })
    .where(eq(arenaEntries.id, entryId));
  return true;
}

export async function removeSupport(tx: Executor, entryId: string, accountId: string): Promise<boolean> {
  const removed = await tx
    .delete(arenaSupports)
    .where(and(eq(arenaSupports.entryId, entryId), eq(arenaSupports.accountId, accountId)))
    .returning({ entryId: arenaSupports.entryId });
  if (removed.length === 0) return false;
  await tx
    .update(arenaEntries)
    .set({ supportCount: sql`greatest(0, ${arenaEntries.supportCount} - 1)` })
    .where(eq(arenaEntries.id, entryId));
  return true;
}

export async function hasSupported(db: Executor, entryId: string, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ entryId: arenaSupports.entryId })
    .from(arenaSupports)
    .where(and(eq(arenaSupports.entryId, entryId), eq(arenaSupports.accountId, accountId)));
  return row !== undefined;
}

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
