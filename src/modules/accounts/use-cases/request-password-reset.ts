import { z } from "zod";
import { clientAddressField, emailField } from "../../../platform/identity/fields";
import {
  absoluteUrl,
  addressLimitKey,
  emailLimitKey,
  queueAccountMail,
  recipientOf,
} from "../../../platform/mail/account-mail";
import { resetPasswordMail } from "../../../platform/mail/templates/account";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { issueEmailToken } from "../data/email-tokens";
import { findUserByEmail } from "../data/users";

/**
 * "Forgot password": sends a link (valid one hour, usable once) to set a new password. The answer is
 * the same whether or not the address has an account.
 */
export const requestPasswordReset = defineUseCase({
  action: "account.requestPasswordReset",
  input: z.object({ email: emailField, clientAddress: clientAddressField }),
  rateLimit: (input) => [
    { key: emailLimitKey("reset", input.email), rule: rateLimitRules.passwordReset },
    { key: addressLimitKey("reset", input.clientAddress), rule: rateLimitRules.accountPerAddress },
  ],
  run: async (ctx, input) => {
    const { deps, tx, now } = ctx;
    const user = await findUserByEmail(tx, input.email);
    if (user?.email) {
      const token = await issueEmailToken(tx, {
        userId: user.id,
        purpose: "resetPassword",
        email: user.email,
        now,
        random: deps.random,
      });
      const url = absoluteUrl(deps.config.baseUrl, "/reset-password", { token });
      await queueAccountMail(ctx, { email: user.email, userId: user.id }, resetPasswordMail(recipientOf(user), url));
    }
    return {
      result: undefined,
      audit: { action: "account.password.resetRequest", objectType: "user", objectId: user?.id ?? null },
    };
  },
});
