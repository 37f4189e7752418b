import { z } from "zod";
import { clientAddressField, emailField } from "../../../platform/identity/fields";
import {
  absoluteUrl,
  addressLimitKey,
  emailLimitKey,
  queueAccountMail,
  recipientOf,
} from "../../../platform/mail/account-mail";
import { verifyAddressMail } from "../../../platform/mail/templates/account";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { issueEmailToken } from "../data/email-tokens";
import { findUserByEmail } from "../data/users";

/**
 * Sends a new confirmation link to an account that has not confirmed its address yet. The answer
 * is the same for every address, so nobody learns which addresses are registered.
 */
export const resendVerification = defineUseCase({
  action: "account.resendVerification",
  input: z.object({ email: emailField, clientAddress: clientAddressField }),
  rateLimit: (input) => [
    { key: emailLimitKey("verify-resend", input.email), rule: rateLimitRules.register },
    { key: addressLimitKey("verify-resend", input.clientAddress), rule: rateLimitRules.accountPerAddress },
  ],
  run: async (ctx, input) => {
    const { deps, tx, now } = ctx;
    const user = await findUserByEmail(tx, input.email);
    const pending = user?.email && !user.emailVerifiedAt ? user : null;
    if (pending?.email) {
      const token = await issueEmailToken(tx, {
        userId: pending.id,
        purpose: "verifyEmail",
        email: pending.email,
        now,
        random: deps.random,
      });
      const url = absoluteUrl(deps.config.baseUrl, "/verify", { token });
      const recipient = recipientOf(pending);
      await queueAccountMail(ctx, { email: pending.email, userId: pending.id }, verifyAddressMail(recipient, url));
    }
    return {
      result: undefined,
      audit: { action: "account.email.resendVerification", objectType: "user", objectId: pending?.id ?? null },
    };
  },
});
