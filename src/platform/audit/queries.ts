import { and, count, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database";
import { auditLog } from "./schema";

export interface AuditFilter {
  /** Entries of this account. */
  actorId?: string;
  /** Entries of an actor without an account (e.g. `cli`), or of any of several, matched case-insensitively. */
  actorLabel?: string | string[];
  objectType?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  until?: Date;
}

export type AuditRecord = typeof auditLog.$inferSelect;

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.actorId) parts.push(eq(auditLog.actorId, filter.actorId));
  const labels = typeof filter.actorLabel === "string" ? [filter.actorLabel] : (filter.actorLabel ?? []);
  if (labels.length > 0) {
    const lowered = labels.map((label) => sql`${label.toLowerCase()}`);
    parts.push(sql`lower(${auditLog.actorLabel}) in (${sql.join(lowered, sql`, `)})`);
  }
  if (filter.objectType) parts.push(eq(auditLog.objectType, filter.objectType));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.until) parts.push(lt(auditLog.at, filter.until));
  return parts.length > 0 ? and(...parts) : undefined;
}

/** One page of the audit log, newest first, with the number of entries matching the filter. */
export async function listAuditEntries(
  db: Executor,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ items: AuditRecord[]; total: number }> {
  const where = conditions(filter);
  const items = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  const totals = await db.select({ total: count() }).from(auditLog).where(where);
  return { items, total: totals[0]?.total ?? 0 };
}
