import { Conflict, Forbidden, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { follow, notify } from "../../notifications";
import { decideCollaboration, findCollaboration } from "../data/collaborations";
import { findEntryById } from "../data/entries";
import { collaborationAnswerInput } from "../domain/inputs";
import { accountId } from "./account";
import { ENTRY_TYPE } from "./entry-resource";

/**
 * The entry's author accepts or declines an offer to take part. Accepting shows both sides each
 * other's address on the entry page and makes the person part of the entry's team.
 */
export const answerCollaboration = defineUseCase({
  action: "arena.collaborate",
  input: collaborationAnswerInput,
  run: async (ctx, input) => {
    const author = accountId(ctx.actor);
    const offer = await findCollaboration(ctx.tx, input.collaborationId, true);
    if (!offer) throw new NotFound("arena.errors.notFound");
    const entry = await findEntryById(ctx.tx, offer.entryId);
    if (!entry) throw new NotFound("arena.errors.notFound");
    if (entry.authorId !== author) throw new Forbidden("arena.errors.notAuthor");
    if (offer.status !== "pending") throw new Conflict("arena.errors.alreadyAnswered");
    const status = input.answer === "accept" ? "accepted" : "declined";
    await decideCollaboration(ctx.tx, offer.id, status, ctx.now);
    if (offer.accountId) {
      const resource = { type: ENTRY_TYPE, id: entry.id };
      if (status === "accepted") await follow(ctx.tx, offer.accountId, resource, ctx.now);
      await notify(ctx, {
        resource,
        messageKey: status === "accepted" ? "arena.notification.accepted" : "arena.notification.declined",
        params: { title: entry.title },
        accounts: [offer.accountId],
      });
    }
    return {
      result: { number: entry.number, status },
      audit: {
        action: status === "accepted" ? "arena.collaboration.accept" : "arena.collaboration.decline",
        objectType: "arena_collaboration",
        objectId: offer.id,
      },
    };
  },
});
