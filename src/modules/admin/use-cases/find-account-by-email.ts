import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { findUserIdByEmail } from "../data/users";

/** The id of the account with this e-mail address, or null. */
export async function accountIdByEmail(deps: Deps, actor: Actor, email: string): Promise<string | null> {
  requirePermission(actor, "admin.users.read");
  return findUserIdByEmail(deps.database.db, email);
}
