import { z } from "zod";
import { NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { deleteDraftAttachment } from "../data/attachments";
import { findDraft } from "../data/drafts";
import { accountId } from "./account";

/** Removes an image or a document from the account's own draft, before it is submitted. */
export const removeAttachment = defineUseCase({
  action: "arena.submit",
  input: z.object({
    draftId: z.uuid({ error: "arena.errors.draftNotFound" }),
    attachmentId: z.uuid({ error: "arena.errors.attachmentNotFound" }),
  }),
  run: async (ctx, input) => {
    const draft = await findDraft(ctx.tx, input.draftId, accountId(ctx.actor), true);
    if (!draft || draft.entryId) throw new NotFound("arena.errors.draftNotFound");
    if (!(await deleteDraftAttachment(ctx.tx, draft.id, input.attachmentId)))
      throw new NotFound("arena.errors.attachmentNotFound");
    return {
      result: { draftId: draft.id },
      audit: {
        action: "arena.attachment.remove",
        objectType: "arena_draft",
        objectId: draft.id,
        after: { attachment: input.attachmentId },
      },
    };
  },
});
