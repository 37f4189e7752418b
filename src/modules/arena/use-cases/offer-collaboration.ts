import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { notify } from "../../notifications";
import { insertCollaboration } from "../data/collaborations";
import { findEntryById } from "../data/entries";
import { collaborationInput } from "../domain/inputs";
import { isClosed, isEntryState } from "../domain/workflow";
import { accountId } from "./account";
import { ENTRY_TYPE } from "./entry-resource";
import { arenaPostLimits } from "./post-limits";

/**
 * "I want to take part": a short message to the entry's authors. They read it with the person's
 * display name only; the address reaches them once they accept. Offering twice finds the first.
 */
export const offerCollaboration = defineUseCase({
  action: "arena.collaborate",
  input: collaborationInput,
  rateLimit: arenaPostLimits,
  run: async (ctx, input) => {
    const account = accountId(ctx.actor);
    await assertMayPost(ctx.tx, ctx.actor);
    const entry = await findEntryById(ctx.tx, input.entryId);
    if (!entry || entry.hiddenReason) throw new NotFound("arena.errors.notFound");
    if (entry.authorId === account) throw new Conflict("arena.errors.ownEntry");
    if (isEntryState(entry.state) && isClosed(entry.state)) throw new Conflict("arena.errors.collaborationClosed");
    const offer = await insertCollaboration(ctx.tx, {
      entryId: entry.id,
      accountId: account,
      message: input.message,
      now: ctx.now,
    });
    if (offer.created && entry.authorId)
      await notify(ctx, {
        resource: { type: ENTRY_TYPE, id: entry.id },
        messageKey: "arena.notification.collaboration",
        params: { title: entry.title, name: ctx.actor.kind === "user" ? ctx.actor.label : "" },
        accounts: [entry.authorId],
        exceptAccountId: account,
      });
    return {
      result: { number: entry.number, created: offer.created },
      audit: { action: "arena.collaboration.offer", objectType: "arena_collaboration", objectId: offer.id },
    };
  },
});
