import { siteContributions } from "../../../platform/contributions/contributions";
import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";

export interface ScopeGroup {
  type: string;
  roles: readonly string[];
  objects: { id: string; name: string }[];
}

/** The objects each scoped role can be granted on (measures for a measure's team, …), by type. */
export async function listRoleScopes(deps: Deps, actor: Actor): Promise<ScopeGroup[]> {
  requirePermission(actor, "admin.roles.manage");
  const scopes = siteContributions().flatMap((c) => c.roleScopes ?? []);
  return Promise.all(
    scopes.map(async (scope) => ({ type: scope.type, roles: scope.roles, objects: await scope.list(deps) })),
  );
}
