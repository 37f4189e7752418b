import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { arenaAttachments, arenaDrafts } from "./schema";

export type AttachmentRow = typeof arenaAttachments.$inferSelect;

/** What lists and pages show of an attachment: everything but its bytes. */
const listed = {
  id: arenaAttachments.id,
  fileName: arenaAttachments.fileName,
  mediaType: arenaAttachments.mediaType,
  size: arenaAttachments.size,
  description: arenaAttachments.description,
  createdAt: arenaAttachments.createdAt,
};
export type AttachmentItem = {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  description: string;
  createdAt: Date;
};

export async function insertAttachment(
  tx: Executor,
  values: {
    draftId: string;
    fileName: string;
    mediaType: string;
    content: Buffer;
    description: string;
    now: Date;
  },
): Promise<string> {
  const [row] = await tx
    .insert(arenaAttachments)
    .values({
      draftId: values.draftId,
      fileName: values.fileName,
      mediaType: values.mediaType,
      size: values.content.length,
      content: values.content,
      description: values.description,
      createdAt: values.now,
    })
    .returning({ id: arenaAttachments.id });
  if (!row) throw new Error("attachment not stored");
  return row.id;
}

export async function countDraftAttachments(db: Executor, draftId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(arenaAttachments).where(eq(arenaAttachments.draftId, draftId));
  return row?.n ?? 0;
}

export async function draftAttachments(db: Executor, draftId: string): Promise<AttachmentItem[]> {
  return db
    .select(listed)
    .from(arenaAttachments)
    .where(eq(arenaAttachments.draftId, draftId))
    .orderBy(asc(arenaAttachments.createdAt), asc(arenaAttachments.id));
}

export async function entryAttachments(db: Executor, entryId: string): Promise<AttachmentItem[]> {
  return db
    .select(listed)
    .from(arenaAttachments)
    .where(eq(arenaAttachments.entryId, entryId))
    .orderBy(asc(arenaAttachments.createdAt), asc(arenaAttachments.id));
}

/** One attachment with its bytes, whoever it belongs to (the caller decides who may see it). */
export async function findAttachment(db: Executor, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(arenaAttachments).where(eq(arenaAttachments.id, id));
  return row;
}

/** Removes one attachment of a draft; false when the draft has no such attachment. */
export async function deleteDraftAttachment(tx: Executor, draftId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(arenaAttachments)
    .where(and(eq(arenaAttachments.id, id), eq(arenaAttachments.draftId, draftId)))
    .returning({ id: arenaAttachments.id });
  return rows.length > 0;
}

/** On submission the draft's attachments become the entry's (in the submission's transaction). */
export async function moveDraftAttachmentsToEntry(tx: Executor, draftId: string, entryId: string): Promise<void> {
  await tx.update(arenaAttachments).set({ entryId, draftId: null }).where(eq(arenaAttachments.draftId, draftId));
}

export async function deleteDraftAttachments(tx: Executor, draftId: string): Promise<void> {
  await tx.delete(arenaAttachments).where(eq(arenaAttachments.draftId, draftId));
}

/** The attachments of every draft of an account (for "delete my account", before the drafts go). */
export async function deleteDraftAttachmentsOfAccount(tx: Executor, accountId: string): Promise<void> {
  const drafts = tx.select({ id: arenaDrafts.id }).from(arenaDrafts).where(eq(arenaDrafts.accountId, accountId));
  await tx
    .delete(arenaAttachments)
    .where(and(isNotNull(arenaAttachments.draftId), inArray(arenaAttachments.draftId, drafts)));
}

/** The files in an account's drafts, for "download my data" (what they are, not their bytes). */
export async function draftAttachmentsOfAccount(db: Executor, accountId: string) {
  return db
    .select({ draftId: arenaAttachments.draftId, ...listed })
    .from(arenaAttachments)
    .innerJoin(arenaDrafts, eq(arenaDrafts.id, arenaAttachments.draftId))
    .where(eq(arenaDrafts.accountId, accountId))
    .orderBy(asc(arenaAttachments.createdAt));
}
