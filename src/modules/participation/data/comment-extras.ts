import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
// The comments table as the schema's foreign keys already name it: what a comment is on and who wrote it.
import { comments } from "../../comments";
import { participationCommentAnswers, participationCommentSupports, participationWordings } from "./schema";

/**
 * What the text review adds to a comment on a paragraph, the same for every reader: a proposed
 * wording, the number of supports and the office's answer.
 */
export interface CommentExtra {
  wording: string | null;
  supports: number;
  answer: { text: string; answeredAt: Date } | null;
}

/** The extras of every comment on the paragraphs with these ids, by comment id (one query). */
export async function commentExtrasOn(
  db: Executor,
  resourceType: string,
  paragraphIds: readonly string[],
): Promise<Map<string, CommentExtra>> {
  if (paragraphIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: comments.id,
      wording: participationWordings.wording,
      answer: participationCommentAnswers.answer,
      answeredAt: participationCommentAnswers.answeredAt,
      supports: sql<number>`(select count(*) from participation_comment_supports s where s.comment_id = ${comments.id})`,
    })
    .from(comments)
    .leftJoin(participationWordings, eq(participationWordings.commentId, comments.id))
    .leftJoin(participationCommentAnswers, eq(participationCommentAnswers.commentId, comments.id))
    .where(and(eq(comments.resourceType, resourceType), inArray(comments.resourceId, [...paragraphIds])));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        wording: row.wording,
        supports: Number(row.supports),
        answer: row.answer && row.answeredAt ? { text: row.answer, answeredAt: row.answeredAt } : null,
      },
    ]),
  );
}

/** The comments on this paragraph the account supports (by id), for its own support buttons. */
export async function supportedOn(
  db: Executor,
  resourceType: string,
  paragraphId: string,
  accountId: string,
): Promise<Set<string>> {
  const rows = await db
    .select({ id: participationCommentSupports.commentId })
    .from(participationCommentSupports)
    .innerJoin(comments, eq(comments.id, participationCommentSupports.commentId))
    .where(
      and(
        eq(participationCommentSupports.accountId, accountId),
        eq(comments.resourceType, resourceType),
        eq(comments.resourceId, paragraphId),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** A comment's object, author and whether it is visible (neither deleted nor hidden), or null. */
export async function commentFacts(
  db: Executor,
  id: string,
): Promise<{ resourceType: string; resourceId: string; authorId: string | null; visible: boolean } | null> {
  const [row] = await db
    .select({
      resourceType: comments.resourceType,
      resourceId: comments.resourceId,
      authorId: comments.authorId,
      deletedAt: comments.deletedAt,
      hiddenAt: comments.hiddenAt,
    })
    .from(comments)
    .where(eq(comments.id, id));
  if (!row) return null;
  return { ...row, visible: row.deletedAt === null && row.hiddenAt === null };
}

export async function insertWording(
  db: Executor,
  values: { commentId: string; paragraphId: string; wording: string },
): Promise<void> {
  await db.insert(participationWordings).values(values).onConflictDoNothing();
}

/** Adds the account's support; false when it was there already. */
export async function addSupport(db: Executor, commentId: string, accountId: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(participationCommentSupports)
    .values({ commentId, accountId, createdAt: now })
    .onConflictDoNothing()
    .returning({ commentId: participationCommentSupports.commentId });
  return rows.length > 0;
}

/** Withdraws the account's support; false when there was none. */
export async function removeSupport(db: Executor, commentId: string, accountId: string): Promise<boolean> {
  const rows = await db
    .delete(participationCommentSupports)
    .where(
      and(eq(participationCommentSupports.commentId, commentId), eq(participationCommentSupports.accountId, accountId)),
    )
    .returning({ commentId: participationCommentSupports.commentId });
  return rows.length > 0;
}

/** Stores the office's answer, replacing an earlier one; answers whether there was one before. */
export async function saveAnswer(
  db: Executor,
  values: { commentId: string; answer: string; answeredBy: string | null; answeredAt: Date },
): Promise<boolean> {
  const [before] = await db
    .select({ commentId: participationCommentAnswers.commentId })
    .from(participationCommentAnswers)
    .where(eq(participationCommentAnswers.commentId, values.commentId));
  await db
    .insert(participationCommentAnswers)
    .values(values)
    .onConflictDoUpdate({
      target: participationCommentAnswers.commentId,
      set: { answer: values.answer, answeredBy: values.answeredBy, answeredAt: values.answeredAt },
    });
  return before !== undefined;
}
