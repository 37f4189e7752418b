import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { seal, sealingKey } from "../../../platform/security/seal";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findCredential, saveUnconfirmedCredential } from "../data/two-factor";
import { SECRET_BYTES, secretToBase32, TWO_FACTOR_SEALING_KEY } from "../domain/two-factor";

/**
 * Starts setting up an authenticator app: a new random secret, stored encrypted and unconfirmed
 * until the first correct code (confirm-two-factor.ts). Starting again replaces an unconfirmed one.
 */
export const enrolTwoFactor = defineUseCase({
  action: "account.twoFactor.enrol",
  input: z.object({}),
  run: async ({ deps, tx, actor, now }) => {
    const userId = actingUserId(actor);
    const existing = await findCredential(tx, userId);
    if (existing?.confirmedAt) throw new Conflict("auth.twoFactor.alreadyOn");
    const key = await sealingKey(tx, TWO_FACTOR_SEALING_KEY, deps.random);
    const secret = secretToBase32(deps.random(SECRET_BYTES));
    await saveUnconfirmedCredential(tx, userId, seal(key, secret, deps.random), now);
    return {
      result: undefined,
      audit: { action: "account.twoFactor.setupStart", objectType: "user", objectId: userId },
    };
  },
});
