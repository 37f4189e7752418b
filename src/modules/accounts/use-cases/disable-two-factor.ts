import { z } from "zod";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { currentPasswordField } from "../../../platform/identity/fields";
import { verifyPassword } from "../../../platform/identity/passwords";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { endOtherSessions } from "../data/sessions";
import { clearSessionsSecondFactor, deleteCredential, findCredential } from "../data/two-factor";
import { findUserById } from "../data/users";

/**
 * Switches the authenticator app off (the current password is needed), with its recovery codes.
 * Every other session ends; this one no longer counts as having passed a second factor, so an
 * account whose role requires one goes straight to setting up a new app — that is how a lost or
 * replaced phone is changed for a new one.
 */
export const disableTwoFactor = defineUseCase({
  action: "account.twoFactor.disable",
  input: z.object({
    currentPassword: currentPasswordField,
    currentSessionIdHash: z.string().max(128).nullable().default(null),
  }),
  rateLimit: (_input, actor) => {
    const id = actor.kind === "user" ? actor.id : "guest";
    // Guessing the current password here is as limited as when changing the password.
    return [
      { key: `write:${id}`, rule: rateLimitRules.write },
      { key: `password-change:${id}`, rule: rateLimitRules.login },
    ];
  },
  run: async ({ tx, actor }, input) => {
    const userId = actingUserId(actor);
    const user = await findUserById(tx, userId);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new Invalid("errors.invalidInput", [{ path: "currentPassword", message: "auth.password.wrong" }]);
    }
    const credential = await findCredential(tx, userId);
    if (!credential?.confirmedAt) throw new Conflict("auth.twoFactor.notOn");
    await deleteCredential(tx, userId);
    await endOtherSessions(tx, userId, input.currentSessionIdHash);
    await clearSessionsSecondFactor(tx, userId);
    return { result: undefined, audit: { action: "account.twoFactor.disable", objectType: "user", objectId: userId } };
  },
});
