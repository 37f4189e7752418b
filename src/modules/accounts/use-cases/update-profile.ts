import { z } from "zod";
import { NotFound } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import {
  displayNameField,
  districtFieldFor,
  localeField,
  stakeholderGroupFieldFor,
} from "../../../platform/identity/fields";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findUserById, updateUser } from "../data/users";

/** Saves the profile: display name, preferred language, and (optionally) district and stakeholder group. */
export const updateProfile = defineUseCase({
  action: "account.updateProfile",
  input: (deps) =>
    z.object({
      displayName: displayNameField,
      locale: localeField,
      district: districtFieldFor(deps.city),
      stakeholderGroup: stakeholderGroupFieldFor(deps.city),
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
    await updateUser(tx, user.id, { ...input, updatedAt: now });
    return {
      result: undefined,
      audit: { action: "account.profile.update", objectType: "user", objectId: user.id, before, after: input },
    };
  },
});
