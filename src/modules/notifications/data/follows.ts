import { and, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { ResourceRef } from "../domain/resource-ref";
import { notificationFollows } from "./schema";

const ofResource = (resource: ResourceRef) =>
  and(eq(notificationFollows.resourceType, resource.type), eq(notificationFollows.resourceId, resource.id));

/** Starts following; following twice is the same as once. */
export async function follow(tx: Executor, accountId: string, resource: ResourceRef, now: Date): Promise<void> {
  await tx
    .insert(notificationFollows)
    .values({ accountId, resourceType: resource.type, resourceId: resource.id, createdAt: now })
    .onConflictDoNothing();
}

/** Stops following; nothing happens when the account did not follow. */
export async function unfollow(tx: Executor, accountId: string, resource: ResourceRef): Promise<void> {
  await tx.delete(notificationFollows).where(and(eq(notificationFollows.accountId, accountId), ofResource(resource)));
}

export async function isFollowing(db: Executor, accountId: string, resource: ResourceRef): Promise<boolean> {
  const [row] = await db
    .select({ accountId: notificationFollows.accountId })
    .from(notificationFollows)
    .where(and(eq(notificationFollows.accountId, accountId), ofResource(resource)))
    .limit(1);
  return row !== undefined;
}

/**
 * "The account follows the resource" as a condition for another module's query (the account and the
 * resource's id may be that query's columns), so a page that reads its readers' own state asks the
 * database once.
 */
export function followsCondition(accountId: SQL, resource: { type: string; id: SQL }): SQL {
  return sql`exists (select 1 from ${notificationFollows} where ${notificationFollows.accountId} = ${accountId}
    and ${notificationFollows.resourceType} = ${resource.type} and ${notificationFollows.resourceId} = ${resource.id})`;
}

export async function followerCount(db: Executor, resource: ResourceRef): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notificationFollows).where(ofResource(resource));
  return row?.n ?? 0;
}

/** The accounts that follow the resource. */
export async function followersOf(db: Executor, resource: ResourceRef): Promise<string[]> {
  const rows = await db
    .select({ accountId: notificationFollows.accountId })
    .from(notificationFollows)
    .where(ofResource(resource));
  return rows.map((r) => r.accountId);
}

/** What the account follows, newest first. */
export async function followsOf(db: Executor, accountId: string) {
  return db
    .select({
      resourceType: notificationFollows.resourceType,
      resourceId: notificationFollows.resourceId,
      createdAt: notificationFollows.createdAt,
    })
    .from(notificationFollows)
    .where(eq(notificationFollows.accountId, accountId))
    .orderBy(desc(notificationFollows.createdAt));
}

export async function deleteFollowsOf(tx: Executor, accountId: string): Promise<void> {
  await tx.delete(notificationFollows).where(eq(notificationFollows.accountId, accountId));
}
