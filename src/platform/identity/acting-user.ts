import { Unauthenticated } from "../errors/errors";
import type { Actor } from "../permissions/permissions";

/** The id of the signed-in person a use case acts for; own-account actions never take it from input. */
export function actingUserId(actor: Actor): string {
  if (actor.kind !== "user") throw new Unauthenticated("errors.unauthenticated");
  return actor.id;
}
