import { and, asc, eq, isNull, lt } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { notificationDigests, notifications } from "./schema";

const waiting = and(eq(notifications.delivery, "digest"), isNull(notifications.digestId));

/** Accounts with notifications that wait for a digest from a day before `today`. */
export async function accountsAwaitingDigest(db: Executor, today: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ accountId: notifications.accountId })
    .from(notifications)
    .where(and(waiting, lt(notifications.localDay, today)));
  return rows.map((r) => r.accountId);
}

/**
 * Claims today's digest of the account: the unique (account, day) key lets exactly one transaction
 * insert it; a second one waits for the first to commit and then gets null.
 */
export async function claimDigest(tx: Executor, accountId: string, today: string, now: Date): Promise<string | null> {
  const [row] = await tx
    .insert(notificationDigests)
    .values({ accountId, localDay: today, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: notificationDigests.id });
  return row?.id ?? null;
}

/** Ties the waiting notifications of earlier days to the digest and returns them, oldest first. */
export async function takeIntoDigest(tx: Executor, accountId: string, digestId: string, today: string) {
  const rows = await tx
    .update(notifications)
    .set({ digestId })
    .where(and(eq(notifications.accountId, accountId), waiting, lt(notifications.localDay, today)))
    .returning({
      messageKey: notifications.messageKey,
      params: notifications.params,
      href: notifications.href,
      createdAt: notifications.createdAt,
    });
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** A claimed digest that found nothing to carry is dropped, so it does not block the day. */
export async function dropDigest(tx: Executor, digestId: string): Promise<void> {
  await tx.delete(notificationDigests).where(eq(notificationDigests.id, digestId));
}

/** The digests sent to the account, for "download my data". */
export async function digestsOf(db: Executor, accountId: string) {
  return db
    .select({ day: notificationDigests.localDay, sentAt: notificationDigests.createdAt })
    .from(notificationDigests)
    .where(eq(notificationDigests.accountId, accountId))
    .orderBy(asc(notificationDigests.createdAt));
}

export async function deleteDigestsOf(tx: Executor, accountId: string): Promise<void> {
  await tx.delete(notificationDigests).where(eq(notificationDigests.accountId, accountId));
}

/**
 * Deletes digests sent before the given instant. Call it only after the notifications of that age
 * are gone: a digest carries notifications older than itself, and a notification whose digest
 * vanished would wait for a digest again.
 */
export async function deleteDigestsBefore(tx: Executor, before: Date): Promise<void> {
  await tx.delete(notificationDigests).where(lt(notificationDigests.createdAt, before));
}
