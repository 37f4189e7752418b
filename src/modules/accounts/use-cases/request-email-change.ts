import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { currentPasswordField, emailField } from "../../../platform/identity/fields";
import { verifyPassword } from "../../../platform/identity/passwords";
import { absoluteUrl, queueAccountMail, recipientOf } from "../../../platform/mail/account-mail";
import { changeEmailMail } from "../../../platform/mail/templates/account";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { issueEmailToken } from "../data/email-tokens";
import { findUserByEmail, findUserById } from "../data/users";

/**
 * Starts a change of address: a link goes to the new address, and the change happens only when it
 * is followed. The current password is needed, so an unattended browser is not enough. If the new
 * address belongs to another account, nothing is sent and the answer is the same.
 */
export const requestEmailChange = defineUseCase({
  action: "account.changeEmail",
  input: z.object({ newEmail: emailField, currentPassword: currentPasswordField }),
  rateLimit: (_input, actor) => {
    const id = actor.kind === "user" ? actor.id : "guest";
    return [
      { key: `write:${id}`, rule: rateLimitRules.write },
      { key: `email-change:${id}`, rule: rateLimitRules.passwordReset },
    ];
  },
  run: async (ctx, input) => {
    const { deps, tx, now, actor } = ctx;
    const user = await findUserById(tx, actingUserId(actor));
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new Invalid("errors.invalidInput", [{ path: "currentPassword", message: "auth.password.wrong" }]);
    }
    if (input.newEmail === user.email) {
      throw new Invalid("errors.invalidInput", [{ path: "newEmail", message: "auth.changeEmail.same" }]);
    }
    const taken = await findUserByEmail(tx, input.newEmail);
    if (!taken) {
      const token = await issueEmailToken(tx, {
        userId: user.id,
        purpose: "changeEmail",
        email: input.newEmail,
        now,
        random: deps.random,
      });
      const url = absoluteUrl(deps.config.baseUrl, "/verify", { token });
      await queueAccountMail(ctx, { email: input.newEmail, userId: user.id }, changeEmailMail(recipientOf(user), url));
    }
    return {
      result: undefined,
      audit: { action: "account.email.changeRequest", objectType: "user", objectId: user.id },
    };
  },
});
