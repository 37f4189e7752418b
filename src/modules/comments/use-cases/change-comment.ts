import type { Executor } from "../../../platform/db/database";
import { Conflict, Forbidden, NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { resourceKind } from "../../../platform/resources/resources";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { type CommentRow, findComment, markDeleted, replaceBody } from "../data/comments";
import { commentIdInput, editInput } from "../domain/inputs";
import { editKeepsVersion, stateOf } from "../domain/rules";
import { commentPermalink } from "./commented-resource";

/** The author's own comment, locked; others are refused, a deleted one is gone. */
export async function ownComment(tx: Executor, actor: Actor, id: string, lock = false): Promise<CommentRow> {
  const comment = await findComment(tx, id, lock);
  if (!comment) throw new NotFound("comments.errors.notFound");
  if (actor.kind !== "user" || comment.authorId !== actor.id) throw new Forbidden("comments.errors.notYours");
  return comment;
}

/**
 * The author edits a comment: freely within the first 15 minutes, later with the earlier text kept
 * as a version that everyone can read, and the comment marked as edited.
 */
export const editComment = defineUseCase({
  action: "comments.write",
  input: editInput,
  run: async ({ tx, actor, now }, input) => {
    await assertMayPost(tx, actor);
    const comment = await ownComment(tx, actor, input.id, true);
    const state = stateOf(comment);
    if (state === "deleted") throw new Conflict("comments.errors.deleted");
    if (state === "hidden") throw new Conflict("comments.errors.hiddenNoEdit");
    const keepVersion = editKeepsVersion(comment.createdAt, now);
    if (input.body !== comment.body) await replaceBody(tx, comment, input.body, { keepVersion, now });
    return {
      result: { id: comment.id, href: commentPermalink(comment.id) },
      audit: {
        action: "comments.edit",
        objectType: "comment",
        objectId: comment.id,
        after: { keptVersion: keepVersion },
      },
    };
  },
});

/**
 * The author deletes a comment: its text goes, a stub keeps the answers below it in place. Allowed to
 * blocked accounts too, since taking one's own words back harms nobody.
 */
export const deleteComment = defineUseCase({
  action: "comments.write",
  input: commentIdInput,
  run: async ({ tx, actor, now }, input) => {
    const comment = await ownComment(tx, actor, input.id, true);
    const state = stateOf(comment);
    if (state !== "deleted") {
      await markDeleted(tx, comment.id, now);
      if (state === "visible") await resourceKind(comment.resourceType)?.commentsChanged?.(tx, comment.resourceId, -1);
    }
    return {
      result: { id: comment.id, href: commentPermalink(comment.id) },
      audit: { action: "comments.delete", objectType: "comment", objectId: comment.id },
    };
  },
});
