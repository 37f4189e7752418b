import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertReport } from "../data/reports";
import { reportInput } from "../domain/inputs";
import { existingResource } from "./resources";

/** Limits per client address (guests and accounts alike) and per account: reports are few and matter. */
const PER_ADDRESS = { limit: 20, windowSeconds: 60 * 60 };
const PER_ACCOUNT = { limit: 10, windowSeconds: 60 * 60 };

/** Anyone, guests too, reports an object that breaks the rules; it waits in the moderators' queue. */
export const reportResource = defineUseCase({
  action: "moderation.report",
  input: reportInput,
  rateLimit: (input, actor) => [
    { key: `moderation-report:address:${input.clientAddress}`, rule: PER_ADDRESS },
    ...(actor.kind === "user" ? [{ key: `moderation-report:account:${actor.id}`, rule: PER_ACCOUNT }] : []),
  ],
  run: async ({ tx, actor, now }, input) => {
    const { summary } = await existingResource(tx, input.type, input.id, "de", "reportable");
    const id = await insertReport(tx, {
      resourceType: input.type,
      resourceId: input.id,
      category: input.category,
      reason: input.reason,
      reporterId: actor.kind === "user" ? actor.id : null,
      createdAt: now,
    });
    return {
      result: { id, title: summary.title },
      audit: {
        action: "moderation.report",
        objectType: input.type,
        objectId: input.id,
        after: { report: id, category: input.category },
      },
    };
  },
});
