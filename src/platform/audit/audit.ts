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

/** One audit entry, written in the transaction of the change it records. */
export async function recordAudit(
  db: Executor,
  actor: Actor,
  entry: AuditEntry,
  at: Date,
  requestId: string | null,
): Promise<void> {
  await recordAudits(db, [{ actor, entry, at, requestId }]);
}

/** Several audit entries with one statement (the writes of a batch, see batched-use-case.ts). */
export async function recordAudits(
  db: Executor,
  records: ReadonlyArray<{ actor: Actor; entry: AuditEntry; at: Date; requestId: string | null }>,
): Promise<void> {
  if (records.length === 0) return;
  await db.insert(auditLog).values(
    records.map(({ actor, entry, at, requestId }) => ({
      at,
      actorId: actor.kind === "user" ? actor.id : null,
      actorLabel: actorLabel(actor),
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId,
    })),
  );
}
