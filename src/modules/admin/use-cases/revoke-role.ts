import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { administratorIds, deleteGrant, findUser, storedGrants } from "../data/users";
import { grantCode, roleChangeInput, sameGrant } from "../domain/role-change";

/**
 * An administrator takes a role away. The last administrator keeps the administrator role: without
 * one, nobody could grant roles any more.
 */
export const revokeRole = defineUseCase({
  action: "admin.roles.manage",
  input: roleChangeInput,
  run: async ({ tx }, input) => {
    const user = await findUser(tx, input.userId);
    if (!user) throw new NotFound("admin.users.notFound");
    const grant = { role: input.role, scopeType: input.scopeType ?? null, scopeId: input.scopeId ?? null };
    if (grant.role === "administrator" && grant.scopeType === null && !user.deletedAt) {
      const administrators = await administratorIds(tx, { lock: true });
      if (administrators.includes(user.id) && administrators.length <= 1) {
        throw new Conflict("admin.roles.lastAdministrator");
      }
    }
    const before = await storedGrants(tx, user.id);
    const held = before.find((g) => sameGrant(g, grant));
    if (!held) throw new Conflict("admin.roles.notHeld");
    await deleteGrant(tx, held.id);
    return {
      result: grant,
      audit: {
        action: "admin.roles.revoke",
        objectType: "user",
        objectId: user.id,
        before: { roles: before.map(grantCode) },
        after: { roles: before.filter((g) => g.id !== held.id).map(grantCode) },
      },
    };
  },
});
