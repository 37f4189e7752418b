import { z } from "zod";
import { Conflict, Forbidden, NotFound } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { hasTwoFactor, removeTwoFactor, sessionSecondFactorAt } from "../../../platform/identity/two-factor";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findUser } from "../data/users";

/**
 * Another administrator takes away the authenticator app of an account whose owner lost both the
 * phone and the recovery codes: the app, the codes and every session of the account go, and its next
 * sign-in is with the password alone (followed by setting up a new app where its role requires one).
 * Only an administrator who signed in with a second factor of their own may do it, and never on
 * their own account (that goes through the profile).
 */
export const resetTwoFactor = defineUseCase({
  action: "admin.twoFactor.reset",
  input: z.object({
    userId: z.uuid({ error: "admin.users.notFound" }),
    actorSessionIdHash: z.string().max(128).nullable().default(null),
  }),
  run: async ({ tx, actor }, input) => {
    const actorId = actingUserId(actor);
    if (input.userId === actorId) throw new Conflict("admin.twoFactor.ownAccount");
    const ownSecondFactor =
      input.actorSessionIdHash !== null &&
      (await hasTwoFactor(tx, actorId)) &&
      (await sessionSecondFactorAt(tx, input.actorSessionIdHash)) !== null;
    if (!ownSecondFactor) throw new Forbidden("admin.twoFactor.needOwn");
    const user = await findUser(tx, input.userId);
    if (!user) throw new NotFound("admin.users.notFound");
    if (!(await removeTwoFactor(tx, user.id))) throw new Conflict("admin.twoFactor.notOn");
    return {
      result: undefined,
      audit: { action: "admin.twoFactor.reset", objectType: "user", objectId: user.id },
    };
  },
});
