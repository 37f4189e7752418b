import { z } from "zod";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { submittedToIdeaCall } from "../../../platform/idea-calls/idea-calls";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { follow } from "../../notifications";
import { moveDraftAttachmentsToEntry } from "../data/attachments";
import { findDraft, markDraftSubmitted } from "../data/drafts";
import { findEntryById, insertEntry, stakeholderGroupOf } from "../data/entries";
import { completeContent } from "../domain/inputs";
import { accountId } from "./account";
import { checkReferences } from "./check-content";
import { ENTRY_TYPE } from "./entry-resource";
import { arenaPostLimits } from "./post-limits";

/**
 * Turns a finished draft into an entry, and tells the call for ideas it is meant for, if any. The
 * draft row is locked and remembers the entry it became: the last step sent twice (a double click,
 * a retry after a lost answer) finds the entry instead of making a second one.
 */
export const submitDraft = defineUseCase({
  action: "arena.submit",
  input: z.object({
    draftId: z.uuid({ error: "arena.errors.draftNotFound" }),
    clientAddress: z.string().max(100).default("unknown"),
  }),
  rateLimit: arenaPostLimits,
  run: async (ctx, input) => {
    const { tx, now, deps } = ctx;
    const author = accountId(ctx.actor);
    await assertMayPost(tx, ctx.actor);
    const draft = await findDraft(tx, input.draftId, author, true);
    if (!draft) throw new NotFound("arena.errors.draftNotFound");
    if (draft.entryId) {
      const existing = await findEntryById(tx, draft.entryId);
      if (existing)
        return {
          result: { id: existing.id, number: existing.number, created: false },
          audit: {
            action: "arena.entry.submit",
            objectType: "arena_entry",
            objectId: existing.id,
            after: { number: existing.number, repeated: true },
          },
        };
    }
    const content = completeContent(draft.content);
    if (!content) throw new Invalid("arena.errors.incomplete", [{ path: "form", message: "arena.errors.incomplete" }]);
    await checkReferences(tx, deps.city, content);
    const entry = await insertEntry(tx, {
      content,
      authorId: author,
      stakeholderGroup: await stakeholderGroupOf(tx, author),
      now,
    });
    // Meant for a call for ideas: the call records the entry in this transaction, or refuses it
    // (closed in the meantime, not for this author) and nothing is stored; the draft stays as it is.
    const ideaCall = draft.content.ideaCall || undefined;
    if (ideaCall) {
      const answer = await submittedToIdeaCall(tx, ideaCall, entry.number, ctx.actor, now);
      if (!answer?.ok)
        throw new Invalid("arena.errors.ideaCallRefused", [
          { path: "ideaCall", message: answer?.reason ?? "arena.errors.ideaCallClosed" },
        ]);
    }
    await markDraftSubmitted(tx, draft.id, entry.id, now);
    await moveDraftAttachmentsToEntry(tx, draft.id, entry.id);
    // Authors hear of comments, offers and answers on their entry.
    await follow(tx, author, { type: ENTRY_TYPE, id: entry.id }, now);
    return {
      result: { ...entry, created: true },
      audit: {
        action: "arena.entry.submit",
        objectType: "arena_entry",
        objectId: entry.id,
        after: { number: entry.number, title: content.title, kind: content.kind, ...(ideaCall ? { ideaCall } : {}) },
      },
    };
  },
});
