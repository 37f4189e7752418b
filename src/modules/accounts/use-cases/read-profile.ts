import type { Deps } from "../../../platform/deps";
import type { CurrentUser } from "../../../platform/http/env";
import { actingUserId } from "../../../platform/identity/acting-user";
import type { Actor } from "../../../platform/permissions/permissions";
import { countActiveApiTokens } from "../data/api-tokens";
import { findUserById } from "../data/users";

/** One's own profile as the profile page shows it, with the number of active API tokens. */
export async function readProfile(deps: Deps, actor: Actor, user: CurrentUser) {
  const db = deps.database.db;
  const userId = actingUserId(actor);
  const row = await findUserById(db, userId);
  return {
    email: row?.email ?? "",
    displayName: row?.displayName ?? user.displayName,
    locale: row?.locale ?? user.locale,
    district: row?.district ?? null,
    stakeholderGroup: row?.stakeholderGroup ?? null,
    activeTokens: await countActiveApiTokens(db, userId),
  };
}
