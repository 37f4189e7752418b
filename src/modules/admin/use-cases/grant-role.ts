import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findUser, insertGrant, storedGrants } from "../data/users";
import { grantCode, roleChangeInput, sameGrant } from "../domain/role-change";

/** An administrator gives an account a global role or a role on one object. */
export const grantRole = defineUseCase({
  action: "admin.roles.manage",
  input: roleChangeInput,
  run: async ({ tx, actor, now }, input) => {
    const user = await findUser(tx, input.userId);
    if (!user || user.deletedAt) throw new NotFound("admin.users.notFound");
    const grant = { role: input.role, scopeType: input.scopeType ?? null, scopeId: input.scopeId ?? null };
    const before = await storedGrants(tx, user.id);
    if (before.some((g) => sameGrant(g, grant))) throw new Conflict("admin.roles.alreadyHeld");
    const inserted = await insertGrant(tx, {
      userId: user.id,
      ...grant,
      grantedBy: actor.kind === "user" ? actor.id : null,
      createdAt: now,
    });
    // Another request granted the same role a moment ago.
    if (!inserted) throw new Conflict("admin.roles.alreadyHeld");
    return {
      result: grant,
      audit: {
        action: "admin.roles.grant",
        objectType: "user",
        objectId: user.id,
        before: { roles: before.map(grantCode) },
        after: { roles: [...before, grant].map(grantCode) },
      },
    };
  },
});
