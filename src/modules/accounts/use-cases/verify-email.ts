import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { clientAddressField, linkTokenField } from "../../../platform/identity/fields";
import { addressLimitKey } from "../../../platform/mail/account-mail";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { consumeEmailToken } from "../data/email-tokens";
import { findUserById, updateUser } from "../data/users";

/** Following the link from the registration mail confirms the address; the link works once. */
export const verifyEmail = defineUseCase({
  action: "account.verifyEmail",
  input: z.object({ token: linkTokenField, clientAddress: clientAddressField }),
  rateLimit: (input) => ({
    key: addressLimitKey("verify", input.clientAddress),
    rule: rateLimitRules.accountPerAddress,
  }),
  run: async ({ tx, now }, input) => {
    const link = await consumeEmailToken(tx, input.token, ["verifyEmail"], now);
    const user = link ? await findUserById(tx, link.userId) : null;
    // A link is for the address it was sent to; it can't confirm an address the account no longer has.
    if (!link || !user || user.deletedAt || (link.email && link.email !== user.email)) {
      throw new Invalid("auth.link.invalid", [{ path: "form", message: "auth.link.invalid" }]);
    }
    if (!user.emailVerifiedAt) {
      await updateUser(tx, user.id, { emailVerifiedAt: now, updatedAt: now });
    }
    return {
      result: { userId: user.id },
      audit: { action: "account.email.verify", objectType: "user", objectId: user.id },
    };
  },
});
