import { Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { accountIdByEmail, blockAccount, postingStatesOf, unblockAccount } from "../data/blocks";
import { blockInput, unblockInput } from "../domain/inputs";

/** A moderator blocks an account from posting, with a reason the moderators see. */
export const blockPoster = defineUseCase({
  action: "moderation.manage",
  input: blockInput,
  run: async ({ tx, actor, now }, input) => {
    const accountId = input.accountId ?? (input.email ? await accountIdByEmail(tx, input.email) : null);
    if (!accountId || !(await postingStatesOf(tx, [accountId])).has(accountId))
      throw new Invalid("moderation.errors.accountNotFound", [
        { path: input.accountId ? "reason" : "email", message: "moderation.errors.accountNotFound" },
      ]);
    const self = actor.kind === "user" ? actor.id : null;
    if (self === accountId)
      throw new Invalid("moderation.block.notYourself", [{ path: "reason", message: "moderation.block.notYourself" }]);
    await blockAccount(tx, { accountId, reason: input.reason, blockedBy: self, blockedAt: now });
    return {
      result: { accountId },
      audit: {
        action: "moderation.block",
        objectType: "account",
        objectId: accountId,
        after: { reason: input.reason },
      },
    };
  },
});

/** A moderator lifts a block; the account may post again. */
export const unblockPoster = defineUseCase({
  action: "moderation.manage",
  input: unblockInput,
  run: async ({ tx }, input) => {
    if (!(await unblockAccount(tx, input.accountId))) throw new NotFound("moderation.errors.notBlocked");
    return {
      result: { accountId: input.accountId },
      audit: { action: "moderation.unblock", objectType: "account", objectId: input.accountId },
    };
  },
});
