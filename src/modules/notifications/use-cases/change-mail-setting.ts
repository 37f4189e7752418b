import { defineUseCase } from "../../../platform/use-case/use-case";
import { mailModeOf, releaseWaitingDigest, setMailMode } from "../data/settings";
import { mailSettingsInput } from "../domain/inputs";
import { accountOf } from "./account-of";

/** The person chooses every notification by mail, one digest a day, or no mail. */
export const changeMailSetting = defineUseCase({
  action: "notifications.settings",
  input: mailSettingsInput,
  run: async ({ tx, actor, now }, input) => {
    const accountId = accountOf(actor);
    const before = await mailModeOf(tx, accountId);
    await setMailMode(tx, accountId, input.mailMode, now);
    if (input.mailMode === "none") await releaseWaitingDigest(tx, accountId);
    return {
      result: { mailMode: input.mailMode },
      audit: {
        action: "notifications.settings",
        objectType: "account",
        objectId: accountId,
        before: { mailMode: before },
        after: { mailMode: input.mailMode },
      },
    };
  },
});
