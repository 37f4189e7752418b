import { z } from "zod";
import type { Executor } from "../../../platform/db/database";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { addSupport, commentFacts, removeSupport } from "../data/comment-extras";
import { placedParagraph } from "../data/paragraphs";
import { findProcessById } from "../data/processes";
import { PARAGRAPH_TYPE } from "./paragraph-resource";
import { participationCheck } from "./process-access";

const supportInput = z.object({
  paragraphId: z.uuid({ error: "participation.errors.paragraphNotFound" }),
  commentId: z.uuid({ error: "comments.errors.notFound" }),
});

/** The visible comment on the paragraph, in a process whose phase allows support now. */
async function supportableComment(tx: Executor, actor: Actor, input: z.output<typeof supportInput>, now: Date) {
  const paragraph = await placedParagraph(tx, input.paragraphId);
  const process = paragraph ? await findProcessById(tx, paragraph.processId) : null;
  const facts = await commentFacts(tx, input.commentId);
  if (!paragraph || !process || !facts || facts.resourceType !== PARAGRAPH_TYPE || facts.resourceId !== paragraph.id)
    throw new NotFound("comments.errors.notFound");
  if (!facts.visible) throw new NotFound("comments.errors.notFound");
  const check = await participationCheck(tx, actor, process, "support", now);
  if (!check.ok) throw new Conflict(check.reason);
  return { paragraph, facts };
}

/** A resident supports someone else's comment on a paragraph: once per account. */
export const supportComment = defineUseCase({
  action: "participation.support",
  input: supportInput,
  run: async ({ tx, actor, now }, input) => {
    const { facts } = await supportableComment(tx, actor, input, now);
    const accountId = actor.kind === "user" ? actor.id : "";
    if (facts.authorId === accountId) throw new Conflict("participation.errors.supportOwnComment");
    const added = await addSupport(tx, input.commentId, accountId, now);
    return {
      result: { added },
      audit: { action: "participation.comment.support", objectType: "comment", objectId: input.commentId },
    };
  },
});

/** A resident withdraws their support of a comment. */
export const withdrawCommentSupport = defineUseCase({
  action: "participation.support",
  input: supportInput,
  run: async ({ tx, actor, now }, input) => {
    await supportableComment(tx, actor, input, now);
    const removed = await removeSupport(tx, input.commentId, actor.kind === "user" ? actor.id : "");
    return {
      result: { removed },
      audit: { action: "participation.comment.unsupport", objectType: "comment", objectId: input.commentId },
    };
  },
});
