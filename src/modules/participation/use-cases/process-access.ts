import type { Executor } from "../../../platform/db/database";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { findProcessBySlug, isInvited } from "../data/processes";
import { mayDo, type ParticipationAction } from "../domain/process";
import type { StoredProcess } from "../domain/stored-process";

/**
 * A process's pages are public, also of a process limited to invited people: what is discussed
 * stays visible, only taking part is limited (domain/process.ts `mayDo`).
 */
export async function processOrNotFound(db: Executor, slug: string): Promise<StoredProcess> {
  const process = await findProcessBySlug(db, slug);
  if (!process) throw new NotFound("participation.errors.notFound");
  return process;
}

/** Whether the actor runs processes: the strategy office. */
export function mayManageProcesses(actor: Actor): boolean {
  return can(actor, "participation.manage");
}

/** Whether the actor counts among the invited: the office always, anyone for a public process. */
async function counted(db: Executor, actor: Actor, process: StoredProcess): Promise<boolean> {
  if (process.visibility === "public" || mayManageProcesses(actor)) return true;
  return actor.kind === "user" && (await isInvited(db, process.id, actor.id));
}

/**
 * Whether the actor may do `action` in the process now, for the page to offer or explain it; the
 * reason is a message key (not invited, not started, over, not in this phase).
 */
export async function participationCheck(
  db: Executor,
  actor: Actor,
  process: StoredProcess,
  action: ParticipationAction,
  now: Date,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return mayDo(process, { invited: await counted(db, actor, process) }, action, now);
}

/**
 * The permission of a use case that takes part (`participation.<permission>`), checked before the
 * input is read, then the process's phase and invitation; a refusal says which.
 */
export async function requireParticipation(
  db: Executor,
  actor: Actor,
  process: StoredProcess,
  action: ParticipationAction,
  permission: string,
  now: Date,
): Promise<void> {
  requirePermission(actor, permission);
  const check = await participationCheck(db, actor, process, action, now);
  if (!check.ok) throw new Conflict(check.reason);
}

/** Whether the actor may take part in the process at all (invited, or it is public), for the page to explain. */
export async function mayTakePart(db: Executor, actor: Actor, process: StoredProcess): Promise<boolean> {
  return counted(db, actor, process);
}
