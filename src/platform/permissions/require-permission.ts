import { Forbidden, Unauthenticated } from "../errors/errors";
import { type Actor, can, type Resource } from "./permissions";

/**
 * Throws unless the actor may perform the action: a guest is asked to sign in (401), anyone else is
 * refused (403). The one place that turns a failed `can()` into an error.
 */
export function requirePermission(actor: Actor, action: string, resource?: Resource): void {
  if (can(actor, action, resource)) return;
  throw actor.kind === "guest" ? new Unauthenticated("errors.unauthenticated") : new Forbidden("errors.forbidden");
}
