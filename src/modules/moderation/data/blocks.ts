import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";
import { moderationBlocks } from "./schema";

/** What posting needs to know about an account: whether its address is confirmed and whether it is blocked. */
export type PostingState = { verified: boolean; blocked: boolean };

/** Whether each account has confirmed its address and is blocked, by account id; unknown or deleted accounts are missing. */
export async function postingStatesOf(db: Executor, accountIds: readonly string[]): Promise<Map<string, PostingState>> {
  const states = new Map<string, PostingState>();
  if (accountIds.length === 0) return states;
  const rows = await db
    .select({
      id: users.id,
      verifiedAt: users.emailVerifiedAt,
      deletedAt: users.deletedAt,
      blockedAt: moderationBlocks.blockedAt,
    })
    .from(users)
    .leftJoin(moderationBlocks, eq(moderationBlocks.accountId, users.id))
    .where(inArray(users.id, [...new Set(accountIds)]));
  for (const row of rows)
    if (!row.deletedAt) states.set(row.id, { verified: row.verifiedAt !== null, blocked: row.blockedAt !== null });
  return states;
}

/** The account with this (lower-cased) e-mail address, if any. */
export async function accountIdByEmail(db: Executor, email: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? null;
}

/** The display name and whether blocked, by account id, for the queue's authors (one query for a page). */
export async function namesAndBlocks(
  db: Executor,
  accountIds: readonly string[],
): Promise<Map<string, { name: string; blocked: boolean }>> {
  const found = new Map<string, { name: string; blocked: boolean }>();
  if (accountIds.length === 0) return found;
  const rows = await db
    .select({ id: users.id, name: users.displayName, blockedAt: moderationBlocks.blockedAt })
    .from(users)
    .leftJoin(moderationBlocks, eq(moderationBlocks.accountId, users.id))
    .where(inArray(users.id, [...new Set(accountIds)]));
  for (const row of rows) found.set(row.id, { name: row.name, blocked: row.blockedAt !== null });
  return found;
}

/** Blocks the account; blocking it again replaces the reason and the time. */
export async function blockAccount(
  tx: Executor,
  block: { accountId: string; reason: string; blockedBy: string | null; blockedAt: Date },
): Promise<void> {
  await tx
    .insert(moderationBlocks)
    .values(block)
    .onConflictDoUpdate({
      target: moderationBlocks.accountId,
      set: { reason: block.reason, blockedBy: block.blockedBy, blockedAt: block.blockedAt },
    });
}

export async function unblockAccount(tx: Executor, accountId: string): Promise<boolean> {
  const removed = await tx
    .delete(moderationBlocks)
    .where(eq(moderationBlocks.accountId, accountId))
    .returning({ id: moderationBlocks.accountId });
  return removed.length > 0;
}

export async function blockedAccounts(db: Executor) {
  return db
    .select({
      accountId: moderationBlocks.accountId,
      name: users.displayName,
      email: users.email,
      reason: moderationBlocks.reason,
      blockedAt: moderationBlocks.blockedAt,
    })
    .from(moderationBlocks)
    .innerJoin(users, eq(users.id, moderationBlocks.accountId))
    .orderBy(asc(moderationBlocks.blockedAt));
}

export async function blockOf(db: Executor, accountId: string) {
  const [row] = await db
    .select({ reason: moderationBlocks.reason, blockedAt: moderationBlocks.blockedAt })
    .from(moderationBlocks)
    .where(eq(moderationBlocks.accountId, accountId));
  return row ?? null;
}

export async function forgetBlocker(tx: Executor, accountId: string): Promise<void> {
  await tx.update(moderationBlocks).set({ blockedBy: null }).where(eq(moderationBlocks.blockedBy, accountId));
}

export async function deleteBlockOf(tx: Executor, accountId: string): Promise<void> {
  await tx.delete(moderationBlocks).where(eq(moderationBlocks.accountId, accountId));
}
