import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { currentPasswordField, newPasswordField, newPasswordIssue } from "../../../platform/identity/fields";
import { hashPassword, verifyPassword } from "../../../platform/identity/passwords";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { endOtherSessions } from "../data/sessions";
import { findUserById, updateUser } from "../data/users";

/** Changes the password (the current one is needed); every other session of the account ends. */
export const changePassword = defineUseCase({
  action: "account.changePassword",
  input: z.object({
    currentPassword: currentPasswordField,
    newPassword: newPasswordField,
    currentSessionIdHash: z.string().max(128).nullable().default(null),
  }),
  rateLimit: (_input, actor) => {
    const id = actor.kind === "user" ? actor.id : "guest";
    // Guessing the current password here is as limited as guessing it at the login.
    return [
      { key: `write:${id}`, rule: rateLimitRules.write },
      { key: `password-change:${id}`, rule: rateLimitRules.login },
    ];
  },
  run: async ({ tx, now, actor }, input) => {
    const user = await findUserById(tx, actingUserId(actor));
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new Invalid("errors.invalidInput", [{ path: "currentPassword", message: "auth.password.wrong" }]);
    }
    const issue = newPasswordIssue("newPassword", input.newPassword, user);
    if (issue) throw new Invalid("errors.invalidInput", [issue]);
    await updateUser(tx, user.id, { passwordHash: await hashPassword(input.newPassword), updatedAt: now });
    await endOtherSessions(tx, user.id, input.currentSessionIdHash);
    return { result: undefined, audit: { action: "account.password.change", objectType: "user", objectId: user.id } };
  },
});
