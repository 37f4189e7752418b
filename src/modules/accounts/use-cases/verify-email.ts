import { eq } from "drizzle-orm";
import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { addressLimitKey } from "../../../platform/mail/account-mail";
import { consumeEmailToken } from "../data/email-tokens";
import { findUserById } from "../data/users";
import { clientAddressField, linkTokenField } from "../../../platform/identity/fields";
import { users } from "../../../platform/identity/schema";

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
      await tx.update(users).set({ emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, user.id));
    }
    return {
      result: { userId: user.id },
      audit: { action: "account.email.verify", objectType: "user", objectId: user.id },
    };
  },
});
