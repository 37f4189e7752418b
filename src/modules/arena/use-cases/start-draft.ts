import { z } from "zod";
import { openIdeaCalls } from "../../../platform/idea-calls/idea-calls";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertDraft } from "../data/drafts";
import { accountId } from "./account";

/**
 * Begins a submission: an empty draft kept with the account until it is submitted. Started from a
 * call for ideas (`call`), the draft is meant for it, if the call is open for the account; the
 * author can change that on the step "Thema und Ort".
 */
export const startDraft = defineUseCase({
  action: "arena.submit",
  input: z.object({ call: z.string().trim().max(100).catch("").default("") }),
  run: async (ctx, input) => {
    const calls = input.call ? await openIdeaCalls(ctx.tx, ctx.actor, "de", ctx.now) : [];
    const ideaCall = calls.some((call) => call.key === input.call) ? input.call : "";
    const id = await insertDraft(ctx.tx, accountId(ctx.actor), ctx.now, ideaCall ? { ideaCall } : {});
    return {
      result: { id },
      audit: {
        action: "arena.draft.start",
        objectType: "arena_draft",
        objectId: id,
        ...(ideaCall ? { after: { ideaCall } } : {}),
      },
    };
  },
});
