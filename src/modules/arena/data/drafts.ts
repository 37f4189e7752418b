import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { DraftContent } from "../domain/entry";
import { arenaAttachments, arenaDrafts } from "./schema";

export type DraftRow = typeof arenaDrafts.$inferSelect;

export async function insertDraft(
  tx: Executor,
  accountId: string,
  now: Date,
  content: DraftContent = {},
): Promise<string> {
  const [row] = await tx
    .insert(arenaDrafts)
    .values({ accountId, content, createdAt: now, updatedAt: now })
    .returning({ id: arenaDrafts.id });
  if (!row) throw new Error("draft not stored");
  return row.id;
}

/** The account's own draft; another person's draft is not found (its id reveals nothing). */
export async function findDraft(db: Executor, id: string, accountId: string, lock = false) {
  const query = db
    .select()
    .from(arenaDrafts)
    .where(and(eq(arenaDrafts.id, id), eq(arenaDrafts.accountId, accountId)));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function saveDraft(
  tx: Executor,
  id: string,
  change: { content: DraftContent; step: number; now: Date },
): Promise<void> {
  await tx
    .update(arenaDrafts)
    .set({ content: change.content, step: change.step, updatedAt: change.now })
    .where(eq(arenaDrafts.id, id));
}

export async function markDraftSubmitted(tx: Executor, id: string, entryId: string, now: Date): Promise<void> {
  await tx.update(arenaDrafts).set({ entryId, updatedAt: now }).where(eq(arenaDrafts.id, id));
}

/** The account's drafts not yet submitted, last worked on first. */
export async function openDrafts(db: Executor, accountId: string): Promise<DraftRow[]> {
  return db
    .select()
    .from(arenaDrafts)
    .where(and(eq(arenaDrafts.accountId, accountId), isNull(arenaDrafts.entryId)))
    .orderBy(desc(arenaDrafts.updatedAt))
    .limit(20);
}

/** A draft goes with its attachments. */
export async function deleteDraft(tx: Executor, id: string): Promise<void> {
  await tx.delete(arenaAttachments).where(eq(arenaAttachments.draftId, id));
  await tx.delete(arenaDrafts).where(eq(arenaDrafts.id, id));
}

export async function draftsOfAccount(db: Executor, accountId: string): Promise<DraftRow[]> {
  return db.select().from(arenaDrafts).where(eq(arenaDrafts.accountId, accountId));
}

export async function deleteDraftsOfAccount(tx: Executor, accountId: string): Promise<void> {
  await tx.delete(arenaDrafts).where(eq(arenaDrafts.accountId, accountId));
}
