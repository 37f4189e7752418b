import type { Executor } from "../../../platform/db/database";
import type { FieldIssue } from "../../../platform/errors/errors";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { type Actor, can, type Resource } from "../../../platform/permissions/permissions";
import { measureScope } from "../../strategy";
import { findWorkshop } from "../data/workshops";
import type { StoredWorkshop } from "../domain/workshop";

/**
 * Who organises an event: the strategy office always; the measure's team (`team_member` granted on
 * the measure) for an event on their measure. The scope is the measure's address as the form or
 * the route names it, read before any other field.
 */
export function scopeOf(input: { scope?: unknown }): Resource | undefined {
  return typeof input.scope === "string" && input.scope !== "" ? measureScope(input.scope) : undefined;
}

/** The scope a route passes for a stored event: its measure's address, or none. */
export function scopeOfWorkshop(workshop: Pick<StoredWorkshop, "measureSlug">): string {
  return workshop.measureSlug ?? "";
}

export function mayManage(actor: Actor, workshop: Pick<StoredWorkshop, "measureSlug">): boolean {
  const scope = workshop.measureSlug ? measureScope(workshop.measureSlug) : undefined;
  return can(actor, "workshops.manage", scope);
}

/** The event, or NotFound. */
export async function workshopOrNotFound(db: Executor, id: string): Promise<StoredWorkshop> {
  const workshop = await findWorkshop(db, id);
  if (!workshop) throw new NotFound("workshops.errors.notFound");
  return workshop;
}

/**
 * The stored event an organiser's form is about, checked against the scope the permission was
 * granted on: a team member's grant on one measure opens no event of another.
 */
export async function managedWorkshop(db: Executor, id: string, scope: string): Promise<StoredWorkshop> {
  const workshop = await workshopOrNotFound(db, id);
  if ((workshop.measureSlug ?? "") !== scope) throw new NotFound("workshops.errors.notFound");
  return workshop;
}

/** The account acting, or null for the platform itself (seed, jobs). */
export function accountOf(actor: Actor): string | null {
  return actor.kind === "user" ? actor.id : null;
}

/** A refusal of a form's input with one message on one field (`form` for the form as a whole). */
export function refused(path: string, message: string): Invalid {
  const issue: FieldIssue = { path, message };
  return new Invalid("errors.invalidInput", [issue]);
}
