import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Outcome, ReportContent, ReportPoint } from "../domain/report";
import { participationProcesses, participationReportPoints } from "./schema";

/** The report's points in the office's order. */
export async function reportPointsOf(db: Executor, processId: string): Promise<ReportPoint[]> {
  const rows = await db
    .select()
    .from(participationReportPoints)
    .where(eq(participationReportPoints.processId, processId))
    .orderBy(asc(participationReportPoints.position));
  return rows.map((row) => ({ heard: row.heard, outcome: row.outcome as Outcome, response: row.response }));
}

/**
 * Stores the report as the form sent it: the introduction, and the points replaced as a whole (the
 * form always sends every point, in its order, so there is nothing to match up).
 */
export async function saveReportContent(tx: Executor, processId: string, report: ReportContent, now: Date) {
  await tx
    .update(participationProcesses)
    .set({ reportSummary: report.summary, updatedAt: now })
    .where(eq(participationProcesses.id, processId));
  await tx.delete(participationReportPoints).where(eq(participationReportPoints.processId, processId));
  if (report.points.length === 0) return;
  await tx
    .insert(participationReportPoints)
    .values(report.points.map((point, position) => ({ processId, position, ...point })));
}

/**
 * Marks the report as published, only if it was not yet: true for the first publication, which is
 * the one participants are told about. Two offices publishing at once tell them once.
 */
export async function markReportPublished(tx: Executor, processId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(participationProcesses)
    .set({ reportPublishedAt: now })
    .where(and(eq(participationProcesses.id, processId), isNull(participationProcesses.reportPublishedAt)))
    .returning({ id: participationProcesses.id });
  return rows.length > 0;
}
