import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { findUserById } from "../data/users";

/** The account behind an API token, as `/api/v1/me` answers: id, name, language and roles. */
export async function describeApiCaller(deps: Deps, actor: Extract<Actor, { kind: "user" }>) {
  const user = await findUserById(deps.database.db, actor.id);
  return { id: actor.id, displayName: actor.label, preferredLanguage: user?.locale ?? "de", roles: actor.grants };
}
