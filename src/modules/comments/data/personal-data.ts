import { asc, eq, inArray } from "drizzle-orm";
import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { comments, commentVersions } from "./schema";

/**
 * The account's comments with their earlier versions. On deletion the comments stay in their threads
 * (others answered them) but lose the link to the person: they show as by "deleted account".
 */
export const commentsPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const rows = await db
      .select({
        id: comments.id,
        resourceType: comments.resourceType,
        resourceId: comments.resourceId,
        inReplyTo: comments.parentId,
        body: comments.body,
        createdAt: comments.createdAt,
        editedAt: comments.editedAt,
        deletedAt: comments.deletedAt,
        hiddenReason: comments.hiddenReason,
      })
      .from(comments)
      .where(eq(comments.authorId, accountId))
      .orderBy(asc(comments.createdAt));
    if (rows.length === 0) return null;
    const versions = await db
      .select({
        commentId: commentVersions.commentId,
        body: commentVersions.body,
        writtenAt: commentVersions.writtenAt,
        replacedAt: commentVersions.replacedAt,
      })
      .from(commentVersions)
      .where(
        inArray(
          commentVersions.commentId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(commentVersions.replacedAt));
    return {
      comments: rows.map((row) => ({
        ...row,
        earlierVersions: versions.filter((v) => v.commentId === row.id).map(({ commentId: _, ...v }) => v),
      })),
    };
  },
  async erase(tx, accountId) {
    await tx.update(comments).set({ authorId: null }).where(eq(comments.authorId, accountId));
  },
};
