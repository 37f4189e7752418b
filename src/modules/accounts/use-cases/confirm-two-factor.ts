import { z } from "zod";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { newLetterCode } from "../../../platform/security/letter-codes";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { sealingKey, unseal } from "../../../platform/security/seal";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { endOtherSessions } from "../data/sessions";
import {
  confirmCredential,
  findCredential,
  markSessionSecondFactor,
  recoveryCodeHash,
  replaceRecoveryCodes,
} from "../data/two-factor";
import { checkTotp, RECOVERY_CODE_COUNT, RECOVERY_CODE_LENGTH, TWO_FACTOR_SEALING_KEY } from "../domain/two-factor";

/**
 * Finishes setting up the authenticator app with its first code. The account gets its recovery
 * codes (returned here once, stored only as hashes), this session counts as having passed the
 * second factor, and every other session of the account ends.
 */
export const confirmTwoFactor = defineUseCase({
  action: "account.twoFactor.enrol",
  input: z.object({
    code: z.string({ error: "auth.twoFactor.code.required" }).max(100).min(1, "auth.twoFactor.code.required"),
    currentSessionIdHash: z.string().max(128).nullable().default(null),
  }),
  rateLimit: (_input, actor) => {
    const id = actor.kind === "user" ? actor.id : "guest";
    return [
      { key: `write:${id}`, rule: rateLimitRules.write },
      { key: `two-factor-setup:${id}`, rule: rateLimitRules.login },
    ];
  },
  run: async ({ deps, tx, actor, now }, input) => {
    const userId = actingUserId(actor);
    const credential = await findCredential(tx, userId);
    if (!credential) throw new Conflict("auth.twoFactor.notStarted");
    if (credential.confirmedAt) throw new Conflict("auth.twoFactor.alreadyOn");
    const secret = unseal(await sealingKey(tx, TWO_FACTOR_SEALING_KEY, deps.random), credential.secretSealed);
    if (!secret) throw new Conflict("auth.twoFactor.notStarted");
    const check = checkTotp(secret, input.code, now, null);
    if (!check.ok) throw new Invalid("errors.invalidInput", [{ path: "code", message: "auth.twoFactor.code.wrong" }]);

    await confirmCredential(tx, userId, check.step, now);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newLetterCode(deps.random, RECOVERY_CODE_LENGTH));
    await replaceRecoveryCodes(tx, userId, codes.map(recoveryCodeHash), now);
    await endOtherSessions(tx, userId, input.currentSessionIdHash);
    if (input.currentSessionIdHash) await markSessionSecondFactor(tx, input.currentSessionIdHash, now);
    return {
      result: { recoveryCodes: codes },
      audit: { action: "account.twoFactor.enrol", objectType: "user", objectId: userId },
    };
  },
});
