import { createSession, destroySession } from "../../../platform/identity/sessions";
import { forgiveAttempt } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { deleteExpiredSessionsOf } from "../data/sessions";
import { findCredential, recoveryCodeHash, unusedRecoveryCodeCount, useRecoveryCode } from "../data/two-factor";
import {
  pendingAccount,
  type SecondFactorOutcome,
  secondFactorInput,
  secondFactorLimits,
} from "./verify-second-factor";

/**
 * The second step of signing in with a recovery code instead of the app (the phone is lost or
 * broken). Each code works once; its use is recorded in the audit log. The account should then set
 * up its app again (the page after the sign-in says so).
 */
export const useRecoveryCodeToSignIn = defineUseCase({
  action: "account.secondFactor",
  input: secondFactorInput,
  rateLimit: (input) => secondFactorLimits(input),
  run: async ({ deps, tx, now, afterCommit }, input) => {
    const userId = pendingAccount(deps.csrfKey, input.pendingLogin, now);
    const credential = userId ? await findCredential(tx, userId) : null;
    const used =
      userId && credential?.confirmedAt ? await useRecoveryCode(tx, userId, recoveryCodeHash(input.code), now) : false;
    if (!userId || !used) {
      return {
        result: { ok: false } as SecondFactorOutcome,
        audit: {
          action: "account.twoFactor.failed",
          objectType: "user",
          objectId: userId ?? null,
          after: { method: "recoveryCode" },
        },
      };
    }
    afterCommit(() => forgiveAttempt(deps.database.db, secondFactorLimits(input), now));
    if (input.previousSessionIdHash) await destroySession(tx, input.previousSessionIdHash);
    await deleteExpiredSessionsOf(tx, userId, now);
    const token = await createSession(tx, userId, now, deps.random, { secondFactorAt: now });
    return {
      result: { ok: true, sessionToken: token, userId } as SecondFactorOutcome,
      audit: {
        action: "account.twoFactor.recoveryCodeUsed",
        objectType: "user",
        objectId: userId,
        after: { unusedRecoveryCodes: await unusedRecoveryCodeCount(tx, userId) },
      },
    };
  },
});
