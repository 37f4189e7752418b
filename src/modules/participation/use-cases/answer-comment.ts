import { z } from "zod";
import { NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { commentFacts, saveAnswer } from "../data/comment-extras";
import { placedParagraph } from "../data/paragraphs";
import { PARAGRAPH_TYPE } from "./paragraph-resource";

export const MAX_ANSWER_LENGTH = 5000;

const answerInput = z.object({
  paragraphId: z.uuid({ error: "participation.errors.paragraphNotFound" }),
  commentId: z.uuid({ error: "comments.errors.notFound" }),
  answer: z
    .string()
    .trim()
    .min(2, { error: "participation.errors.answerMissing" })
    .max(MAX_ANSWER_LENGTH, { error: "participation.errors.answerLong" }),
});

/**
 * The office answers a comment on a paragraph, which marks it as considered; a second answer
 * replaces the first. The comment's author hears of it.
 */
export const answerComment = defineUseCase({
  action: "participation.manage",
  input: answerInput,
  run: async (ctx, input) => {
    const { tx, actor, now } = ctx;
    const paragraph = await placedParagraph(tx, input.paragraphId);
    const facts = await commentFacts(tx, input.commentId);
    if (!paragraph || !facts || facts.resourceType !== PARAGRAPH_TYPE || facts.resourceId !== paragraph.id)
      throw new NotFound("comments.errors.notFound");
    const replaced = await saveAnswer(tx, {
      commentId: input.commentId,
      answer: input.answer,
      answeredBy: actor.kind === "user" ? actor.id : null,
      answeredAt: now,
    });
    if (facts.authorId) {
      await notify(ctx, {
        resource: { type: PARAGRAPH_TYPE, id: paragraph.id },
        messageKey: "participation.notification.commentAnswered",
        params: { number: paragraph.number, title: paragraph.processTitle.de },
        href: `/comments/${input.commentId}`,
        accounts: [facts.authorId],
        exceptAccountId: actor.kind === "user" ? actor.id : null,
      });
    }
    return {
      result: { slug: paragraph.slug, number: paragraph.number },
      audit: {
        action: replaced ? "participation.comment.answerChange" : "participation.comment.answer",
        objectType: "comment",
        objectId: input.commentId,
      },
    };
  },
});
