import type { Deps } from "../../../platform/deps";
import { actingUserId } from "../../../platform/identity/acting-user";
import type { Actor } from "../../../platform/permissions/permissions";
import { listActiveApiTokens } from "../data/api-tokens";
import type { ApiTokenSummary } from "../domain/api-tokens";

/** One's own active API tokens, newest first. */
export async function listApiTokens(deps: Deps, actor: Actor): Promise<ApiTokenSummary[]> {
  return listActiveApiTokens(deps.database.db, actingUserId(actor));
}
