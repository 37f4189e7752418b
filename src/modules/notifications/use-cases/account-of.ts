import { Unauthenticated } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";

/** Following, reading and settings belong to a person: the account behind the actor, or sign in. */
export function accountOf(actor: Actor): string {
  if (actor.kind !== "user") throw new Unauthenticated("errors.unauthenticated");
  return actor.id;
}
