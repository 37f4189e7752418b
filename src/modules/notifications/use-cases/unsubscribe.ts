import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { hashToken } from "../../../platform/security/tokens";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { releaseWaitingDigest, setMailMode } from "../data/settings";
import { accountOfUnsubscribeToken } from "../data/unsubscribe-token";
import { unsubscribeInput } from "../domain/inputs";

/**
 * The link from a notification mail: no sign-in, the signed token names the account. It turns off
 * every notification mail, the digest included; the in-app notifications stay.
 */
export const unsubscribe = defineUseCase({
  action: "notifications.unsubscribe",
  input: unsubscribeInput,
  // Per link, not the guests' shared write limit: after a digest run many people unsubscribe at once.
  rateLimit: (input) => ({
    key: `notifications-unsubscribe:${hashToken(input.token)}`,
    rule: { limit: 20, windowSeconds: 60 },
  }),
  run: async ({ tx, deps, now }, input) => {
    const accountId = await accountOfUnsubscribeToken(tx, input.token, deps.random);
    if (!accountId) throw new NotFound("notifications.unsubscribe.invalid");
    await setMailMode(tx, accountId, "none", now);
    await releaseWaitingDigest(tx, accountId);
    return {
      result: { accountId },
      audit: { action: "notifications.unsubscribe", objectType: "account", objectId: accountId },
    };
  },
});

/** Whether an unsubscribe link is one this platform made, for the confirmation page before the button. */
export async function isValidUnsubscribeToken(deps: Deps, token: string | undefined): Promise<boolean> {
  if (!token || token.length > 200) return false;
  return (await accountOfUnsubscribeToken(deps.database.db, token, deps.random)) !== null;
}
