import { z } from "zod";
import { clientAddressField } from "../../../platform/identity/fields";
import { readPendingLogin } from "../../../platform/identity/pending-login";
import { createSession, destroySession } from "../../../platform/identity/sessions";
import { addressLimitKey } from "../../../platform/mail/account-mail";
import { forgiveAttempt, rateLimitRules } from "../../../platform/security/rate-limit";
import { sealingKey, unseal } from "../../../platform/security/seal";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { deleteExpiredSessionsOf } from "../data/sessions";
import { claimStep, findCredential } from "../data/two-factor";
import { checkTotp, TWO_FACTOR_SEALING_KEY } from "../domain/two-factor";

/** The answer when the code is wrong, used already, or the pending sign-in has run out. */
export const SECOND_FACTOR_FAILED = "auth.secondFactor.failed";

export const secondFactorInput = z.object({
  /** The pending sign-in the browser holds after the correct password (pending-login.ts). */
  pendingLogin: z.string().max(200),
  code: z.string({ error: "auth.secondFactor.code.required" }).max(100).min(1, "auth.secondFactor.code.required"),
  clientAddress: clientAddressField,
  previousSessionIdHash: z.string().max(128).nullable().default(null),
});

/** The account a pending sign-in is for; a forged or expired one counts for nobody (but is still limited). */
export function pendingAccount(key: string, pendingLogin: string, now: Date): string | null {
  return readPendingLogin(key, pendingLogin, now);
}

/**
 * Limits on guessing the second factor, as on guessing the password: wrong codes slow down the pair
 * (account, client address) and, far higher up, the client address; a right code forgives them.
 */
export function secondFactorLimits(input: { pendingLogin: string; clientAddress: string }) {
  const [account] = input.pendingLogin.split(".");
  return [
    {
      key: `second-factor:account:${account ?? "none"}:addr:${input.clientAddress}`,
      rule: rateLimitRules.loginPerAccountAndAddress,
    },
    { key: addressLimitKey("login", input.clientAddress), rule: rateLimitRules.loginPerAddress },
  ];
}

export type SecondFactorOutcome = { ok: true; sessionToken: string; userId: string } | { ok: false };

/**
 * The second step of signing in: the code from the authenticator app. A correct code (of this
 * 30-second step, the one before or the one after, and not used before) starts a session that has
 * passed the second factor. A wrong one is recorded in the audit log and answered without saying why.
 */
export const verifySecondFactor = defineUseCase({
  action: "account.secondFactor",
  input: secondFactorInput,
  rateLimit: (input) => secondFactorLimits(input),
  run: async ({ deps, tx, now, afterCommit }, input) => {
    const userId = pendingAccount(deps.csrfKey, input.pendingLogin, now);
    const credential = userId ? await findCredential(tx, userId) : null;
    const secret =
      credential?.confirmedAt && userId
        ? unseal(await sealingKey(tx, TWO_FACTOR_SEALING_KEY, deps.random), credential.secretSealed)
        : null;
    const check = secret && credential ? checkTotp(secret, input.code, now, credential.lastUsedStep) : null;
    if (!userId || !check?.ok || !(await claimStep(tx, userId, check.step))) {
      return {
        result: { ok: false } as SecondFactorOutcome,
        audit: {
          action: "account.twoFactor.failed",
          objectType: "user",
          objectId: userId ?? null,
          after: { method: "app", reason: check && !check.ok ? check.reason : "wrong" },
        },
      };
    }
    afterCommit(() => forgiveAttempt(deps.database.db, secondFactorLimits(input), now));
    if (input.previousSessionIdHash) await destroySession(tx, input.previousSessionIdHash);
    await deleteExpiredSessionsOf(tx, userId, now);
    const token = await createSession(tx, userId, now, deps.random, { secondFactorAt: now });
    return {
      result: { ok: true, sessionToken: token, userId } as SecondFactorOutcome,
      audit: { action: "account.login.secondFactor", objectType: "user", objectId: userId },
    };
  },
});
