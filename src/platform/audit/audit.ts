import type { Executor } from "../db/database";
import type { Actor } from "../permissions/permissions";
import { auditLog } from "./schema";

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === "user") return actor.label;
  if (actor.kind === "system") return actor.label;
  return "guest";
}

export async function recordAudit(
  db: Executor,
  actor: Actor,
  entry: AuditEntry,
  at: Date,
  requestId: string | null,
): Promise<void> {
  await db.insert(auditLog).values({
    at,
    actorId: actor.kind === "user" ? actor.id : null,
    actorLabel: actorLabel(actor),
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId,
  });
}
