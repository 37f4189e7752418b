import type { Deps } from "../../../platform/deps";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { cityWallClock } from "../../../platform/reference-data";
import { measureScope } from "../../strategy";
import { groupsOf } from "../data/workshops";
import type { StoredWorkshop, WorkshopGroup } from "../domain/workshop";
import { workshopOrNotFound } from "./access";

/** Whether the actor organises events at all: the office, or a team of some measure. */
function organisesAny(actor: Actor): boolean {
  if (can(actor, "workshops.manage")) return true;
  return actor.kind === "user" && actor.grants.some((g) => g.role === "team_member" && g.scopeType === "measure");
}

/**
 * The permission of an organiser's page, before anything about the event is shown: nobody who
 * organises no events learns whether one exists, and a team member only opens events of a measure
 * of theirs (or, with `?measure=`, the form for a new one there).
 */
export function requireOrganiserOf(actor: Actor, measureSlug: string | null | undefined): void {
  if (!organisesAny(actor)) requirePermission(actor, "workshops.manage");
  requirePermission(actor, "workshops.manage", measureSlug ? measureScope(measureSlug) : undefined);
}

/** Whether the list page offers "new event" (the office; a team opens it from its measure). */
export function mayCreateAny(actor: Actor): boolean {
  return can(actor, "workshops.manage");
}

/** An event and its groups for its organisers' forms, with its day and times in the city's time. */
export async function openOrganiserForm(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ workshop: StoredWorkshop; groups: WorkshopGroup[]; day: string; times: { start: string; end: string } }> {
  if (!organisesAny(actor)) requirePermission(actor, "workshops.manage");
  const workshop = await workshopOrNotFound(deps.database.db, id);
  requireOrganiserOf(actor, workshop.measureSlug);
  const start = cityWallClock(workshop.startsAt, deps.city.timeZone);
  const end = cityWallClock(workshop.endsAt, deps.city.timeZone);
  return {
    workshop,
    groups: await groupsOf(deps.database.db, workshop.id),
    day: start.day,
    times: { start: start.time, end: end.time },
  };
}
