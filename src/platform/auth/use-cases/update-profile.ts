import { eq } from "drizzle-orm";
import { z } from "zod";
import { NotFound } from "../../errors/errors";
import { defineUseCase } from "../../use-case/use-case";
import { actingUserId } from "../acting-user";
import { findUserById } from "../data/users";
import { displayNameField, districtField, localeField, stakeholderGroupField } from "../fields";
import { users } from "../schema";

/** Saves the profile: display name, preferred language, and (optionally) district and stakeholder group. */
export const updateProfile = defineUseCase({
  action: "account.updateProfile",
  input: z.object({
    displayName: displayNameField,
    locale: localeField,
    district: districtField,
    stakeholderGroup: stakeholderGroupField,
  }),
  run: async ({ tx, now, actor }, input) => {
    const user = await findUserById(tx, actingUserId(actor));
    if (!user || user.deletedAt) throw new NotFound("errors.notFound");
    const before = {
      displayName: user.displayName,
      locale: user.locale,
      district: user.district,
      stakeholderGroup: user.stakeholderGroup,
    };
    await tx
      .update(users)
      .set({ ...input, updatedAt: now })
      .where(eq(users.id, user.id));
    return {
      result: undefined,
      audit: { action: "account.profile.update", objectType: "user", objectId: user.id, before, after: input },
    };
  },
});
