import { z } from "zod";
import { NotFound } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { localeField } from "../../../platform/identity/fields";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findUserById, updateUser } from "../data/users";

/**
 * The language switch in the page header, used while signed in: stores the chosen language on the
 * account, so every device shows it. A form (POST with the CSRF token), never a link, so that no
 * other site can change it.
 */
export const chooseLanguage = defineUseCase({
  action: "account.updateProfile",
  input: z.object({ locale: localeField }),
  run: async ({ tx, now, actor }, input) => {
    const user = await findUserById(tx, actingUserId(actor));
    if (!user || user.deletedAt) throw new NotFound("errors.notFound");
    await updateUser(tx, user.id, { locale: input.locale, updatedAt: now });
    return {
      result: undefined,
      audit: {
        action: "account.language.set",
        objectType: "user",
        objectId: user.id,
        before: { locale: user.locale },
        after: { locale: input.locale },
      },
    };
  },
});
