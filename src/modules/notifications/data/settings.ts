import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { defaultMailMode, type MailMode, type MailTally } from "../domain/mail-rule";
import { notificationSettings, notifications } from "./schema";

export interface MailSettings {
  mode: MailMode;
  tally: MailTally;
}

/**
 * The account's mail choice and today's count, with its row locked until the transaction ends: two
 * notifications for the same person at the same moment take turns, so the ceiling holds.
 */
export async function lockMailSettings(tx: Executor, accountId: string): Promise<MailSettings> {
  await tx.insert(notificationSettings).values({ accountId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(notificationSettings)
    .where(eq(notificationSettings.accountId, accountId))
    .for("update");
  return {
    mode: row?.mailMode ?? defaultMailMode,
    tally: { day: row?.mailDay ?? null, mailsThatDay: row?.mailsThatDay ?? 0 },
  };
}

export async function saveMailTally(tx: Executor, accountId: string, tally: MailTally): Promise<void> {
  await tx
    .update(notificationSettings)
    .set({ mailDay: tally.day, mailsThatDay: tally.mailsThatDay })
    .where(eq(notificationSettings.accountId, accountId));
}

/** The account's choice; the default when it never chose. */
export async function mailModeOf(db: Executor, accountId: string): Promise<MailMode> {
  const [row] = await db
    .select({ mode: notificationSettings.mailMode })
    .from(notificationSettings)
    .where(eq(notificationSettings.accountId, accountId));
  return row?.mode ?? defaultMailMode;
}

export async function settingsOf(db: Executor, accountId: string) {
  const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.accountId, accountId));
  return row ?? null;
}

export async function setMailMode(tx: Executor, accountId: string, mode: MailMode, now: Date): Promise<void> {
  await tx
    .insert(notificationSettings)
    .values({ accountId, mailMode: mode, chosenAt: now })
    .onConflictDoUpdate({ target: notificationSettings.accountId, set: { mailMode: mode, chosenAt: now } });
}

/** Whoever wants no mail any more gets no digest either: what waited for one stays in-app only. */
export async function releaseWaitingDigest(tx: Executor, accountId: string): Promise<void> {
  await tx
    .update(notifications)
    .set({ delivery: "in_app" })
    .where(
      and(eq(notifications.accountId, accountId), eq(notifications.delivery, "digest"), isNull(notifications.digestId)),
    );
}

export async function deleteSettingsOf(tx: Executor, accountId: string): Promise<void> {
  await tx.delete(notificationSettings).where(eq(notificationSettings.accountId, accountId));
}
