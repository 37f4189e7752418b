import { and, asc, count, eq, min, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Resource } from "../../../platform/permissions/permissions";
import { moderationReports } from "./schema";

export interface NewReport {
  resourceType: string;
  resourceId: string;
  category: string;
  reason: string;
  reporterId: string | null;
  createdAt: Date;
}

export async function insertReport(tx: Executor, report: NewReport): Promise<string> {
  const [row] = await tx.insert(moderationReports).values(report).returning({ id: moderationReports.id });
  if (!row) throw new Error("report not stored");
  return row.id;
}

export interface OpenReport {
  id: string;
  category: string;
  reason: string;
  createdAt: Date;
}

export interface ReportedResource {
  resource: Resource;
  firstReportedAt: Date;
  reports: OpenReport[];
}

/** Resources with open reports, the longest waiting first, one page of them with all their open reports. */
export async function openReportsByResource(
  db: Executor,
  page: { limit: number; offset: number },
): Promise<{ items: ReportedResource[]; total: number }> {
  const open = eq(moderationReports.status, "open");
  const [totalRow] = await db
    .select({ n: sql<number>`count(distinct (${moderationReports.resourceType}, ${moderationReports.resourceId}))` })
    .from(moderationReports)
    .where(open);
  const first = min(moderationReports.createdAt);
  const groups = await db
    .select({ type: moderationReports.resourceType, id: moderationReports.resourceId, first })
    .from(moderationReports)
    .where(open)
    .groupBy(moderationReports.resourceType, moderationReports.resourceId)
    .orderBy(asc(first), asc(moderationReports.resourceType), asc(moderationReports.resourceId))
    .limit(page.limit)
    .offset(page.offset);
  const items: ReportedResource[] = [];
  for (const group of groups) {
    const reports = await db
      .select({
        id: moderationReports.id,
        category: moderationReports.category,
        reason: moderationReports.reason,
        createdAt: moderationReports.createdAt,
      })
      .from(moderationReports)
      .where(and(open, eq(moderationReports.resourceType, group.type), eq(moderationReports.resourceId, group.id)))
      .orderBy(asc(moderationReports.createdAt));
    items.push({
      resource: { type: group.type, id: group.id },
      firstReportedAt: group.first ? new Date(group.first) : new Date(0),
      reports,
    });
  }
  return { items, total: Number(totalRow?.n ?? 0) };
}

/** Closes every open report of the resource (hidden: `resolved`, nothing to do: `dismissed`); how many were open. */
export async function closeReports(
  tx: Executor,
  resource: Resource,
  status: "resolved" | "dismissed",
  now: Date,
): Promise<number> {
  const closed = await tx
    .update(moderationReports)
    .set({ status, closedAt: now })
    .where(
      and(
        eq(moderationReports.status, "open"),
        eq(moderationReports.resourceType, resource.type),
        eq(moderationReports.resourceId, resource.id),
      ),
    )
    .returning({ id: moderationReports.id });
  return closed.length;
}

export async function openReportCount(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(moderationReports).where(eq(moderationReports.status, "open"));
  return row?.n ?? 0;
}

/** The reports an account made, for "download my data". */
export async function reportsBy(db: Executor, accountId: string) {
  return db
    .select({
      resourceType: moderationReports.resourceType,
      resourceId: moderationReports.resourceId,
      category: moderationReports.category,
      reason: moderationReports.reason,
      status: moderationReports.status,
      createdAt: moderationReports.createdAt,
    })
    .from(moderationReports)
    .where(eq(moderationReports.reporterId, accountId))
    .orderBy(asc(moderationReports.createdAt));
}

export async function forgetReporter(tx: Executor, accountId: string): Promise<void> {
  await tx.update(moderationReports).set({ reporterId: null }).where(eq(moderationReports.reporterId, accountId));
}
