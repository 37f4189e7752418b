import { Invalid } from "../../../platform/errors/errors";
import type { UseCaseContext } from "../../../platform/use-case/use-case";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { follow, notify } from "../../notifications";
import { authorNameOf, findComment, insertComment } from "../data/comments";
import { type CommentInput, commentInput } from "../domain/inputs";
import { plainExcerpt } from "../domain/markdown";
import { stateOf, submissionKeyOf } from "../domain/rules";
import { commentPermalink, openForComments } from "./commented-resource";

/** Per account a conversation's pace, per client address room for a workshop sharing one network. */
const PER_ACCOUNT = { limit: 10, windowSeconds: 60 };
const PER_ADDRESS = { limit: 60, windowSeconds: 10 * 60 };

async function parentOf(ctx: UseCaseContext, input: CommentInput) {
  if (!input.parentId) return null;
  const parent = await findComment(ctx.tx, input.parentId);
  // Only a visible comment on the same object can be answered.
  if (
    !parent ||
    parent.resourceType !== input.resourceType ||
    parent.resourceId !== input.resourceId ||
    stateOf(parent) !== "visible"
  )
    throw new Invalid("comments.errors.parentNotFound", [{ path: "body", message: "comments.errors.parentNotFound" }]);
  return parent;
}

/**
 * A resident comments on an object or answers a comment. The same form sent twice stores one comment
 * (see `submissionKeyOf`); the followers and authors of the object hear of a new one, and the writer
 * follows the object from now on.
 */
export const createComment = defineUseCase({
  action: "comments.write",
  input: commentInput,
  rateLimit: (input, actor) => [
    { key: `comments:account:${actor.kind === "user" ? actor.id : "guest"}`, rule: PER_ACCOUNT },
    { key: `comments:address:${input.clientAddress}`, rule: PER_ADDRESS },
  ],
  run: async (ctx, input) => {
    const { tx, actor, now } = ctx;
    await assertMayPost(tx, actor);
    const authorId = actor.kind === "user" ? actor.id : "";
    const { kind, summary } = await openForComments(
      tx,
      input.resourceType,
      input.resourceId,
      input.language,
      now,
      actor,
    );
    const parent = await parentOf(ctx, input);
    const resource = { type: input.resourceType, id: input.resourceId };
    const { id, stored } = await insertComment(tx, {
      resourceType: resource.type,
      resourceId: resource.id,
      parentId: parent?.id ?? null,
      authorId,
      body: input.body,
      language: input.language,
      createdAt: now,
      submissionKey: submissionKeyOf(input.submissionKey, parent?.id ?? null, input.body),
    });
    // The comment's own address: it finds the comment's page of the thread whenever it is followed.
    const href = commentPermalink(id);
    if (!stored)
      return {
        result: { id, href },
        audit: { action: "comments.repeat", objectType: "comment", objectId: id },
      };
    await kind.commentsChanged?.(tx, resource.id, 1);
    await notify(ctx, {
      resource,
      messageKey: parent ? "comments.notification.reply" : "comments.notification.new",
      href,
      params: {
        title: summary.title,
        author: (await authorNameOf(tx, authorId)) ?? "",
        excerpt: plainExcerpt(input.body),
      },
      followers: true,
      accounts: [...summary.authorIds, ...(parent?.authorId ? [parent.authorId] : [])],
      exceptAccountId: authorId,
    });
    if (kind.followable) await follow(tx, authorId, resource, now);
    return {
      result: { id, href },
      audit: {
        action: "comments.create",
        objectType: "comment",
        objectId: id,
        // The object by its title (the log speaks in words), and whether it answers another comment.
        after: { on: summary.title, answer: parent !== null },
      },
    };
  },
});
