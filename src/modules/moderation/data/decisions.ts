import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Resource } from "../../../platform/permissions/permissions";
import { moderationDecisions, moderationHidden } from "./schema";

export async function recordDecision(
  tx: Executor,
  resource: Resource,
  decision: { action: "hide" | "show" | "dismiss"; reason: string | null; decidedBy: string | null; at: Date },
): Promise<void> {
  await tx.insert(moderationDecisions).values({
    resourceType: resource.type,
    resourceId: resource.id,
    action: decision.action,
    reason: decision.reason,
    decidedBy: decision.decidedBy,
    decidedAt: decision.at,
  });
}

/** Marks the resource hidden now (or updates the reason of one hidden before). */
export async function markHidden(tx: Executor, resource: Resource, reason: string, at: Date): Promise<void> {
  await tx
    .insert(moderationHidden)
    .values({ resourceType: resource.type, resourceId: resource.id, reason, hiddenAt: at })
    .onConflictDoUpdate({
      target: [moderationHidden.resourceType, moderationHidden.resourceId],
      set: { reason, hiddenAt: at },
    });
}

/** Removes the hidden mark; false when the resource was not hidden. */
export async function unmarkHidden(tx: Executor, resource: Resource): Promise<boolean> {
  const removed = await tx
    .delete(moderationHidden)
    .where(and(eq(moderationHidden.resourceType, resource.type), eq(moderationHidden.resourceId, resource.id)))
    .returning({ id: moderationHidden.resourceId });
  return removed.length > 0;
}

export async function isHidden(db: Executor, resource: Resource): Promise<boolean> {
  const rows = await db
    .select({ id: moderationHidden.resourceId })
    .from(moderationHidden)
    .where(and(eq(moderationHidden.resourceType, resource.type), eq(moderationHidden.resourceId, resource.id)));
  return rows.length > 0;
}

export async function hiddenList(db: Executor, page: { limit: number; offset: number }) {
  const [total] = await db.select({ n: count() }).from(moderationHidden);
  const rows = await db
    .select()
    .from(moderationHidden)
    .orderBy(desc(moderationHidden.hiddenAt))
    .limit(page.limit)
    .offset(page.offset);
  return { rows, total: total?.n ?? 0 };
}

export async function decisionsOn(db: Executor, resource: Resource) {
  return db
    .select()
    .from(moderationDecisions)
    .where(and(eq(moderationDecisions.resourceType, resource.type), eq(moderationDecisions.resourceId, resource.id)))
    .orderBy(asc(moderationDecisions.decidedAt));
}

export async function forgetDecider(tx: Executor, accountId: string): Promise<void> {
  await tx.update(moderationDecisions).set({ decidedBy: null }).where(eq(moderationDecisions.decidedBy, accountId));
}
