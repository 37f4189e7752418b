import type { Executor } from "../../../platform/db/database";
import { Forbidden, NotFound, Unauthenticated } from "../../../platform/errors/errors";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { measureScope } from "../../strategy";
import { findRound } from "../data/reviews";
import type { ReviewRound } from "../domain/review-records";

/** A review round by the id in the address; not found for anything else. */
export async function roundOf(db: Executor, id: string, lock = false): Promise<ReviewRound> {
  const round = await findRound(db, id, lock);
  if (!round) throw new NotFound("monitoring.errors.roundNotFound");
  return round;
}

/** The round named by a form's `round` field, for the permission check before the input is read. */
export function roundResourceOf(input: { round?: unknown }) {
  return typeof input.round === "string" ? { type: "monitoring_review", id: input.round } : undefined;
}

/** Whether the actor is on the team of any measure (a scoped `team_member` grant). */
function onAnyTeam(actor: Actor): boolean {
  return (
    actor.kind === "user" && actor.grants.some((grant) => grant.role === "team_member" && grant.scopeType !== null)
  );
}

/** What the actor may do with review rounds; `report` is per measure (`mayReport`). */
export interface ReviewPermissions {
  open: boolean;
  decide: boolean;
  /** Sees rounds before they are published: the office and every measure team. */
  follow: boolean;
}

export function reviewPermissions(actor: Actor): ReviewPermissions {
  const open = can(actor, "monitoring.review.open");
  return { open, decide: can(actor, "monitoring.review.decide"), follow: open || onAnyTeam(actor) };
}

/** Whether the actor writes this measure's reports: its team, or the office. */
export function mayReport(actor: Actor, slug: string): boolean {
  return can(actor, "monitoring.review.report", measureScope(slug));
}

/**
 * A round that is not published yet is shown only to the office and the measure teams: others are
 * asked to sign in or refused, as for any page that is not theirs.
 */
export function requireFollow(actor: Actor, round: ReviewRound): void {
  if (round.state === "published" || reviewPermissions(actor).follow) return;
  throw actor.kind === "guest" ? new Unauthenticated("errors.unauthenticated") : new Forbidden("errors.forbidden");
}
