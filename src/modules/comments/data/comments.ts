import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";
import type { Resource } from "../../../platform/permissions/permissions";
import { comments, commentVersions } from "./schema";

export type CommentRow = typeof comments.$inferSelect;

export interface NewComment {
  resourceType: string;
  resourceId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  language: string;
  createdAt: Date;
  submissionKey: string;
}

/**
 * Stores the comment unless the author already sent the same form with the same text: then the one
 * stored first is returned. Requests sent at once wait for each other on the unique key, so exactly
 * one of them stores it.
 */
export async function insertComment(tx: Executor, comment: NewComment): Promise<{ id: string; stored: boolean }> {
  const [row] = await tx.insert(comments).values(comment).onConflictDoNothing().returning({ id: comments.id });
  if (row) return { id: row.id, stored: true };
  const [earlier] = await tx
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.authorId, comment.authorId), eq(comments.submissionKey, comment.submissionKey)));
  if (!earlier) throw new Error("comment neither stored nor found");
  return { id: earlier.id, stored: false };
}

/** One comment; `lock` holds it until the transaction ends, so two edits or a hide and a delete do not cross. */
export async function findComment(db: Executor, id: string, lock = false): Promise<CommentRow | null> {
  const query = db.select().from(comments).where(eq(comments.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** A comment of a thread as shown: with its author's name and how many earlier versions it has. */
export type ThreadRow = CommentRow & { authorName: string | null; versions: number };

export async function commentsOn(db: Executor, resource: Resource): Promise<ThreadRow[]> {
  const rows = await db
    .select({
      comment: comments,
      authorName: users.displayName,
      versions: sql<number>`(select count(*) from ${commentVersions} where ${commentVersions.commentId} = ${comments.id})`,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.resourceType, resource.type), eq(comments.resourceId, resource.id)))
    .orderBy(asc(comments.createdAt));
  return rows.map((r) => ({ ...r.comment, authorName: r.authorName, versions: Number(r.versions) }));
}

export async function authorNameOf(db: Executor, authorId: string | null): Promise<string | null> {
  if (!authorId) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, authorId));
  return row?.name ?? null;
}

export async function replaceBody(
  tx: Executor,
  comment: CommentRow,
  body: string,
  edit: { keepVersion: boolean; now: Date },
): Promise<void> {
  if (edit.keepVersion) {
    await tx.insert(commentVersions).values({
      commentId: comment.id,
      body: comment.body,
      writtenAt: comment.editedAt ?? comment.createdAt,
      replacedAt: edit.now,
    });
  }
  await tx
    .update(comments)
    .set(edit.keepVersion ? { body, editedAt: edit.now } : { body })
    .where(eq(comments.id, comment.id));
}

/** The author deleted the comment: its text and earlier versions go, the stub keeps the thread. */
export async function markDeleted(tx: Executor, id: string, now: Date): Promise<void> {
  await tx.delete(commentVersions).where(eq(commentVersions.commentId, id));
  await tx.update(comments).set({ body: "", deletedAt: now }).where(eq(comments.id, id));
}

/**
 * Hides the comment with the moderation's public reason, or shows it again (null). The time is the
 * database's: the registry's `hide` callback is handed no clock, and the moment only marks the state.
 */
export async function setHidden(tx: Executor, id: string, reason: string | null): Promise<void> {
  await tx
    .update(comments)
    .set(reason === null ? { hiddenReason: null, hiddenAt: null } : { hiddenReason: reason, hiddenAt: sql`now()` })
    .where(eq(comments.id, id));
}

export async function versionsOf(db: Executor, commentId: string) {
  return db
    .select({
      body: commentVersions.body,
      writtenAt: commentVersions.writtenAt,
      replacedAt: commentVersions.replacedAt,
    })
    .from(commentVersions)
    .where(eq(commentVersions.commentId, commentId))
    .orderBy(desc(commentVersions.replacedAt));
}
