import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import {
  clientAddressField,
  displayNameField,
  emailField,
  localeField,
  newPasswordField,
  newPasswordIssue,
} from "../../../platform/identity/fields";
import { hashPassword } from "../../../platform/identity/passwords";
import {
  absoluteUrl,
  addressLimitKey,
  emailLimitKey,
  queueAccountMail,
  recipientOf,
} from "../../../platform/mail/account-mail";
import { alreadyRegisteredMail, verifyAddressMail } from "../../../platform/mail/templates/account";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { issueEmailToken } from "../data/email-tokens";
import { findUserByEmail, insertAccount } from "../data/users";

const registerInput = z.object({
  email: emailField,
  displayName: displayNameField,
  password: newPasswordField,
  locale: localeField.default("de"),
  clientAddress: clientAddressField,
});

/**
 * Creates an account and sends the link to confirm the address. For an address that already has an
 * account the answer is the same (nobody learns which addresses are registered); that account's
 * owner gets a mail instead — or, if it was never confirmed, a fresh confirmation link.
 */
export const register = defineUseCase({
  action: "account.register",
  input: registerInput,
  rateLimit: (input) => [
    { key: emailLimitKey("register", input.email), rule: rateLimitRules.register },
    { key: addressLimitKey("register", input.clientAddress), rule: rateLimitRules.accountPerAddress },
  ],
  run: async (ctx, input) => {
    const { deps, tx, now } = ctx;
    const issue = newPasswordIssue("password", input.password, input);
    if (issue) throw new Invalid("errors.invalidInput", [issue]);
    // Hashed in every case, so a known address takes as long to answer as an unknown one.
    const passwordHash = await hashPassword(input.password);
    const created = await insertAccount(tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      locale: input.locale,
      now,
    });

    if (created) {
      const token = await issueEmailToken(tx, {
        userId: created.id,
        purpose: "verifyEmail",
        email: input.email,
        now,
        random: deps.random,
      });
      const url = absoluteUrl(deps.config.baseUrl, "/verify", { token });
      await queueAccountMail(ctx, { email: input.email, userId: created.id }, verifyAddressMail(input, url));
      return {
        result: undefined,
        audit: {
          action: "account.register",
          objectType: "user",
          objectId: created.id,
          after: { displayName: input.displayName, locale: input.locale },
        },
      };
    }

    const existing = await findUserByEmail(tx, input.email);
    if (existing?.email) {
      const recipient = recipientOf(existing);
      if (existing.emailVerifiedAt) {
        const urls = {
          loginUrl: absoluteUrl(deps.config.baseUrl, "/login"),
          resetUrl: absoluteUrl(deps.config.baseUrl, "/forgot-password"),
        };
        await queueAccountMail(
          ctx,
          { email: existing.email, userId: existing.id },
          alreadyRegisteredMail(recipient, urls),
        );
      } else {
        const token = await issueEmailToken(tx, {
          userId: existing.id,
          purpose: "verifyEmail",
          email: existing.email,
          now,
          random: deps.random,
        });
        const url = absoluteUrl(deps.config.baseUrl, "/verify", { token });
        await queueAccountMail(ctx, { email: existing.email, userId: existing.id }, verifyAddressMail(recipient, url));
      }
    }
    return {
      result: undefined,
      audit: { action: "account.register.existingAddress", objectType: "user", objectId: existing?.id ?? null },
    };
  },
});
