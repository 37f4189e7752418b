import { Conflict } from "../../../platform/errors/errors";
import { hashPassword } from "../../../platform/identity/passwords";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertConfirmedAccount, insertGrant } from "../data/users";
import { createUserInput } from "../domain/new-account";

/**
 * An administrator (or the command line) creates an account whose e-mail address counts as
 * confirmed, optionally with a global role.
 */
export const createUser = defineUseCase({
  action: "admin.users.create",
  input: createUserInput,
  run: async ({ tx, actor, now }, input) => {
    const displayName = input.displayName ?? input.email.split("@")[0] ?? input.email;
    const passwordHash = await hashPassword(input.password);
    const user = await insertConfirmedAccount(tx, { email: input.email, displayName, passwordHash, now });
    if (!user) throw new Conflict("admin.users.emailTaken");
    if (input.role) {
      await insertGrant(tx, {
        userId: user.id,
        role: input.role,
        grantedBy: actor.kind === "user" ? actor.id : null,
        createdAt: now,
      });
    }
    return {
      result: { id: user.id, email: input.email, displayName, role: input.role ?? null },
      audit: {
        action: "admin.users.create",
        objectType: "user",
        objectId: user.id,
        after: { email: input.email, displayName, roles: input.role ? [input.role] : [] },
      },
    };
  },
});
