import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertDraft } from "../data/drafts";
import { accountId } from "./account";

/** Begins a submission: an empty draft kept with the account until it is submitted. */
export const startDraft = defineUseCase({
  action: "arena.submit",
  input: z.object({}),
  run: async (ctx) => {
    const id = await insertDraft(ctx.tx, accountId(ctx.actor), ctx.now);
    return { result: { id }, audit: { action: "arena.draft.start", objectType: "arena_draft", objectId: id } };
  },
});
