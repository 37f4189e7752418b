import { Unauthenticated } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";

/** The acting account's id; the arena's own actions are taken by people with an account. */
export function accountId(actor: Actor): string {
  if (actor.kind !== "user") throw new Unauthenticated("errors.unauthenticated");
  return actor.id;
}

/** The acting account's id, or null for the system (seed, command line). */
export function accountIdOrNull(actor: Actor): string | null {
  return actor.kind === "user" ? actor.id : null;
}
