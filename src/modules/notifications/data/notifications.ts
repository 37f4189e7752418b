import { and, asc, count, desc, eq, isNull, lt } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Delivery } from "../domain/mail-rule";
import type { ResourceRef } from "../domain/resource-ref";
import { notifications } from "./schema";

export interface NewNotification {
  accountId: string;
  resource: ResourceRef;
  messageKey: string;
  params: Record<string, string>;
  href: string | null;
  delivery: Delivery;
  localDay: string;
  createdAt: Date;
}

export async function insertNotification(tx: Executor, row: NewNotification): Promise<string> {
  const [inserted] = await tx
    .insert(notifications)
    .values({
      accountId: row.accountId,
      resourceType: row.resource.type,
      resourceId: row.resource.id,
      messageKey: row.messageKey,
      params: row.params,
      href: row.href,
      delivery: row.delivery,
      localDay: row.localDay,
      createdAt: row.createdAt,
    })
    .returning({ id: notifications.id });
  if (!inserted) throw new Error("notification was not stored");
  return inserted.id;
}

const shown = {
  id: notifications.id,
  messageKey: notifications.messageKey,
  params: notifications.params,
  href: notifications.href,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

/** One page of the account's notifications, newest first. */
export async function notificationsPage(db: Executor, accountId: string, page: number, pageSize: number) {
  return db
    .select(shown)
    .from(notifications)
    .where(eq(notifications.accountId, accountId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function notificationCount(db: Executor, accountId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(eq(notifications.accountId, accountId));
  return row?.n ?? 0;
}

export async function unreadCount(db: Executor, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks every unread notification of the account as read; returns how many. */
export async function markAllRead(tx: Executor, accountId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Everything stored for the account, oldest first, for "download my data". */
export async function allNotificationsOf(db: Executor, accountId: string) {
  return db
    .select({
      ...shown,
      resourceType: notifications.resourceType,
      resourceId: notifications.resourceId,
      delivery: notifications.delivery,
    })
    .from(notifications)
    .where(eq(notifications.accountId, accountId))
    .orderBy(asc(notifications.createdAt));
}

export async function deleteNotificationsOf(tx: Executor, accountId: string): Promise<void> {
  await tx.delete(notifications).where(eq(notifications.accountId, accountId));
}

/** Deletes notifications written before the given instant; returns how many. */
export async function deleteNotificationsBefore(tx: Executor, before: Date): Promise<number> {
  const rows = await tx
    .delete(notifications)
    .where(lt(notifications.createdAt, before))
    .returning({ id: notifications.id });
  return rows.length;
}
