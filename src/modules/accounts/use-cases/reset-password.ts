import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import {
  clientAddressField,
  linkTokenField,
  newPasswordField,
  newPasswordIssue,
} from "../../../platform/identity/fields";
import { hashPassword } from "../../../platform/identity/passwords";
import { destroyAllSessions } from "../../../platform/identity/sessions";
import { addressLimitKey } from "../../../platform/mail/account-mail";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { consumeEmailToken } from "../data/email-tokens";
import { findUserById, updateUser } from "../data/users";

export const INVALID_LINK = "auth.link.invalid";

/**
 * Sets a new password with the link from the "forgot password" mail. The link works once; every
 * session of the account ends, so whoever knew the old password is logged out everywhere. Following
 * the link proves the address, so an unconfirmed address counts as confirmed afterwards.
 */
export const resetPassword = defineUseCase({
  action: "account.resetPassword",
  input: z.object({ token: linkTokenField, password: newPasswordField, clientAddress: clientAddressField }),
  rateLimit: (input) => ({
    key: addressLimitKey("reset-password", input.clientAddress),
    rule: rateLimitRules.accountPerAddress,
  }),
  run: async ({ tx, now }, input) => {
    const link = await consumeEmailToken(tx, input.token, ["resetPassword"], now);
    const user = link ? await findUserById(tx, link.userId) : null;
    if (!link || !user || user.deletedAt || !user.email || (link.email && link.email !== user.email)) {
      throw new Invalid(INVALID_LINK, [{ path: "form", message: INVALID_LINK }]);
    }
    // A refused password rolls the transaction back, so the link stays usable for a second try.
    const issue = newPasswordIssue("password", input.password, user);
    if (issue) throw new Invalid("errors.invalidInput", [issue]);
    await updateUser(tx, user.id, {
      passwordHash: await hashPassword(input.password),
      emailVerifiedAt: user.emailVerifiedAt ?? now,
      updatedAt: now,
    });
    await destroyAllSessions(tx, user.id);
    return {
      result: { userId: user.id },
      audit: { action: "account.password.reset", objectType: "user", objectId: user.id },
    };
  },
});
