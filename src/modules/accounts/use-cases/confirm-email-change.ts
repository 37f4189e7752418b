import { z } from "zod";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { clientAddressField, linkTokenField } from "../../../platform/identity/fields";
import { absoluteUrl, addressLimitKey, queueAccountMail, recipientOf } from "../../../platform/mail/account-mail";
import { emailChangedMail } from "../../../platform/mail/templates/account";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { consumeEmailToken } from "../data/email-tokens";
import { findUserByEmail, findUserById, updateUser } from "../data/users";

/**
 * Following the link sent to the new address completes the change; the old address is told, so a
 * change nobody asked for does not go unnoticed.
 */
export const confirmEmailChange = defineUseCase({
  action: "account.confirmEmailChange",
  input: z.object({ token: linkTokenField, clientAddress: clientAddressField }),
  rateLimit: (input) => ({
    key: addressLimitKey("verify", input.clientAddress),
    rule: rateLimitRules.accountPerAddress,
  }),
  run: async (ctx, input) => {
    const { deps, tx, now } = ctx;
    const link = await consumeEmailToken(tx, input.token, ["changeEmail"], now);
    const user = link ? await findUserById(tx, link.userId) : null;
    if (!link?.email || !user || user.deletedAt) {
      throw new Invalid("auth.link.invalid", [{ path: "form", message: "auth.link.invalid" }]);
    }
    const newEmail = link.email;
    const taken = await findUserByEmail(tx, newEmail);
    if (taken && taken.id !== user.id) throw new Conflict("auth.changeEmail.taken");
    const oldEmail = user.email;
    await updateUser(tx, user.id, { email: newEmail, emailVerifiedAt: now, updatedAt: now });
    if (oldEmail && oldEmail !== newEmail) {
      const details = { newEmail, imprintUrl: absoluteUrl(deps.config.baseUrl, "/impressum") };
      await queueAccountMail(ctx, { email: oldEmail, userId: user.id }, emailChangedMail(recipientOf(user), details));
    }
    return {
      result: { userId: user.id },
      audit: { action: "account.email.change", objectType: "user", objectId: user.id },
    };
  },
});
