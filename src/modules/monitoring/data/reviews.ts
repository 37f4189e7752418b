import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { roleAssignments } from "../../../platform/identity/schema";
import { isUuid } from "../../../platform/ids";
import type { Bilingual, ProposedChange } from "../domain/logic-model";
import type { ReviewProposal, ReviewReport, ReviewRound } from "../domain/review-records";
import type { Decision, ReportContent, RoundState } from "../domain/review-round";
import {
  monitoringLessons,
  monitoringModelVersions,
  monitoringReviewProposals,
  monitoringReviewReports,
  monitoringReviewRounds,
} from "./schema";

type RoundRow = typeof monitoringReviewRounds.$inferSelect;
type ReportRow = typeof monitoringReviewReports.$inferSelect;

function roundOf(row: RoundRow): ReviewRound {
  return {
    id: row.id,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    deadline: row.deadline,
    state: row.state as RoundState,
    officeAnswer: row.officeAnswer,
    panelName: row.panelName,
    panelRecommendation: row.panelRecommendation,
    panelRecommendedOn: row.panelRecommendedOn,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
  };
}

/** A round by its id; null for an id that names none (or is no id at all). */
export async function findRound(db: Executor, id: string, lock = false): Promise<ReviewRound | null> {
  if (!isUuid(id)) return null;
  const query = db.select().from(monitoringReviewRounds).where(eq(monitoringReviewRounds.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row ? roundOf(row) : null;
}

/** One page of rounds, newest first: all of them, or only the published ones. */
export async function listRounds(
  db: Executor,
  options: { publishedOnly: boolean; limit: number; offset: number },
): Promise<{ items: ReviewRound[]; total: number }> {
  const where = options.publishedOnly ? eq(monitoringReviewRounds.state, "published") : undefined;
  const [rows, counted] = await Promise.all([
    db
      .select()
      .from(monitoringReviewRounds)
      .where(where)
      .orderBy(desc(monitoringReviewRounds.createdAt), desc(monitoringReviewRounds.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(monitoringReviewRounds).where(where),
  ]);
  return { items: rows.map(roundOf), total: counted[0]?.n ?? 0 };
}

/** Every measure that has a logic model: those a new round asks to report. */
export async function measuresWithModel(db: Executor): Promise<Set<string>> {
  const rows = await db.selectDistinct({ id: monitoringModelVersions.measureId }).from(monitoringModelVersions);
  return new Set(rows.map((row) => row.id));
}

/** A new round with an empty report for each measure. */
export async function insertRound(
  tx: Executor,
  round: { title: string; periodFrom: string; periodTo: string; deadline: string },
  measures: readonly { id: string; slug: string; title: Bilingual }[],
  at: { now: Date; by: string | null },
): Promise<string> {
  const [row] = await tx
    .insert(monitoringReviewRounds)
    .values({ ...round, state: "open", createdAt: at.now, createdBy: at.by })
    .returning({ id: monitoringReviewRounds.id });
  if (!row) throw new Error("the round was not written");
  if (measures.length > 0) {
    await tx.insert(monitoringReviewReports).values(
      measures.map((measure) => ({
        roundId: row.id,
        measureId: measure.id,
        measureSlug: measure.slug,
        measureTitle: measure.title,
        updatedAt: at.now,
      })),
    );
  }
  return row.id;
}

/** Moves a round to its next state, with what publishing adds. */
export async function updateRound(
  tx: Executor,
  id: string,
  change: {
    state: RoundState;
    now: Date;
    officeAnswer?: string;
    panel?: { name: string; recommendation: string; on: string | null };
  },
): Promise<void> {
  await tx
    .update(monitoringReviewRounds)
    .set({
      state: change.state,
      ...(change.state === "closed" ? { closedAt: change.now } : {}),
      ...(change.state === "published" ? { publishedAt: change.now } : {}),
      ...(change.officeAnswer !== undefined ? { officeAnswer: change.officeAnswer } : {}),
      ...(change.panel
        ? {
            panelName: change.panel.name,
            panelRecommendation: change.panel.recommendation,
            panelRecommendedOn: change.panel.on,
          }
        : {}),
    })
    .where(eq(monitoringReviewRounds.id, id));
}

/** Makes a round's lessons public. */
export async function publishLessons(tx: Executor, roundId: string, now: Date): Promise<void> {
  await tx.update(monitoringLessons).set({ publishedAt: now }).where(eq(monitoringLessons.roundId, roundId));
}

function reportOf(row: ReportRow, lessons: ReviewReport["lessons"], proposals: ReviewProposal[]): ReviewReport {
  return {
    id: row.id,
    roundId: row.roundId,
    measureId: row.measureId,
    measureSlug: row.measureSlug,
    measureTitle: row.measureTitle,
    valuesNote: row.valuesNote,
    narrative: row.narrative,
    wentWell: row.wentWell,
    risks: row.risks,
    modelVersion: row.modelVersion,
    started: row.started,
    submittedAt: row.submittedAt,
    remindersSent: row.remindersSent,
    lessons,
    proposals,
  };
}

/** The reports of a round with their lessons and proposals, in the order of the measures' addresses. */
export async function reportsOfRound(db: Executor, roundId: string, measureId?: string): Promise<ReviewReport[]> {
  const rows = await db
    .select()
    .from(monitoringReviewReports)
    .where(
      and(
        eq(monitoringReviewReports.roundId, roundId),
        measureId ? eq(monitoringReviewReports.measureId, measureId) : undefined,
      ),
    )
    .orderBy(asc(monitoringReviewReports.measureSlug));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [lessons, proposals] = await Promise.all([
    db
      .select()
      .from(monitoringLessons)
      .where(inArray(monitoringLessons.reportId, ids))
      .orderBy(asc(monitoringLessons.position)),
    db
      .select()
      .from(monitoringReviewProposals)
      .where(inArray(monitoringReviewProposals.reportId, ids))
      .orderBy(asc(monitoringReviewProposals.position)),
  ]);
  return rows.map((row) =>
    reportOf(
      row,
      lessons
        .filter((lesson) => lesson.reportId === row.id)
        .map((lesson) => ({ text: lesson.text, tags: lesson.tags })),
      proposals
        .filter((proposal) => proposal.reportId === row.id)
        .map((proposal) => ({
          id: proposal.id,
          change: proposal.change,
          decision: proposal.decision as Decision | null,
          comment: proposal.decisionComment,
          decidedAt: proposal.decidedAt,
          appliedVersion: proposal.appliedVersion,
        })),
    ),
  );
}

/** Locks a measure's report of a round for a write (the team's save, the office's decision); null when it has none. */
export async function lockReport(
  tx: Executor,
  roundId: string,
  measureId: string,
): Promise<{ id: string; roundId: string; measureId: string; submittedAt: Date | null } | null> {
  const [row] = await tx
    .select({
      id: monitoringReviewReports.id,
      roundId: monitoringReviewReports.roundId,
      measureId: monitoringReviewReports.measureId,
      submittedAt: monitoringReviewReports.submittedAt,
    })
    .from(monitoringReviewReports)
    .where(and(eq(monitoringReviewReports.roundId, roundId), eq(monitoringReviewReports.measureId, measureId)))
    .for("update");
  return row ?? null;
}

/**
 * Writes a team's report: its texts, and its lessons and proposals anew (a report is changed only
 * before it is sent, so nothing was decided yet). The measure's place in the strategy is kept with
 * each lesson for the public list's filters.
 */
export async function saveReport(
  tx: Executor,
  report: { id: string; roundId: string; measureId: string },
  content: ReportContent,
  at: {
    now: Date;
    by: string | null;
    submit: boolean;
    modelVersion: number | null;
    title: Bilingual;
    measure: { phaseId: string | null; actionFieldIds: string[]; valueIds: string[] };
  },
): Promise<void> {
  await tx
    .update(monitoringReviewReports)
    .set({
      valuesNote: content.valuesNote,
      narrative: content.narrative,
      wentWell: content.wentWell,
      risks: content.risks,
      modelVersion: at.modelVersion,
      measureTitle: at.title,
      started: true,
      submittedAt: at.submit ? at.now : null,
      updatedAt: at.now,
      updatedBy: at.by,
    })
    .where(eq(monitoringReviewReports.id, report.id));
  await tx.delete(monitoringLessons).where(eq(monitoringLessons.reportId, report.id));
  await tx.delete(monitoringReviewProposals).where(eq(monitoringReviewProposals.reportId, report.id));
  if (content.lessons.length > 0) {
    await tx.insert(monitoringLessons).values(
      content.lessons.map((lesson, position) => ({
        reportId: report.id,
        roundId: report.roundId,
        measureId: report.measureId,
        position,
        text: lesson.text,
        tags: lesson.tags,
        phaseId: at.measure.phaseId,
        actionFieldIds: at.measure.actionFieldIds,
        valueIds: at.measure.valueIds,
      })),
    );
  }
  if (content.proposals.length > 0) {
    await tx
      .insert(monitoringReviewProposals)
      .values(content.proposals.map((change, position) => ({ reportId: report.id, position, change })));
  }
}

/** Records the office's decision on one proposal (only while it is open: a decision is final). */
export async function recordDecision(
  tx: Executor,
  id: string,
  decision: { decision: Decision; comment: string; now: Date; by: string | null; appliedVersion: number | null },
): Promise<void> {
  await tx
    .update(monitoringReviewProposals)
    .set({
      decision: decision.decision,
      decisionComment: decision.comment,
      decidedAt: decision.now,
      decidedBy: decision.by,
      appliedVersion: decision.appliedVersion,
    })
    .where(and(eq(monitoringReviewProposals.id, id), isNull(monitoringReviewProposals.decision)));
}

/** Marks reminders as sent for a report. */
export async function markReminders(tx: Executor, reportId: string, days: readonly number[]): Promise<void> {
  await tx
    .update(monitoringReviewReports)
    .set({ remindersSent: sql`${monitoringReviewReports.remindersSent} || ${sql.param([...days])}::integer[]` })
    .where(eq(monitoringReviewReports.id, reportId));
}

/** The accounts holding a scoped role on an object, e.g. the team members of a measure. */
export async function holdersOfScopedRole(
  db: Executor,
  role: string,
  scope: { type: string; id: string },
): Promise<string[]> {
  const rows = await db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.role, role),
        eq(roleAssignments.scopeType, scope.type),
        eq(roleAssignments.scopeId, scope.id),
      ),
    )
    .orderBy(asc(roleAssignments.userId));
  return rows.map((row) => row.userId);
}

/** A measure's accepted proposals of published rounds, newest first, for its journey. */
export async function acceptedProposalsOfMeasure(db: Executor, measureId: string, limit: number) {
  return db
    .select({
      change: monitoringReviewProposals.change,
      decidedAt: monitoringReviewProposals.decidedAt,
      roundId: monitoringReviewRounds.id,
      roundTitle: monitoringReviewRounds.title,
    })
    .from(monitoringReviewProposals)
    .innerJoin(monitoringReviewReports, eq(monitoringReviewReports.id, monitoringReviewProposals.reportId))
    .innerJoin(monitoringReviewRounds, eq(monitoringReviewRounds.id, monitoringReviewReports.roundId))
    .where(
      and(
        eq(monitoringReviewReports.measureId, measureId),
        eq(monitoringReviewProposals.decision, "accepted"),
        isNotNull(monitoringReviewProposals.decidedAt),
      ),
    )
    .orderBy(desc(monitoringReviewProposals.decidedAt))
    .limit(limit) as Promise<{ change: ProposedChange; decidedAt: Date; roundId: string; roundTitle: string }[]>;
}

/** The rounds an account opened and the reports and decisions it wrote, for "download my data". */
export async function reviewsOfAccount(db: Executor, accountId: string) {
  const [rounds, reports, decisions] = await Promise.all([
    db
      .select({ title: monitoringReviewRounds.title, at: monitoringReviewRounds.createdAt })
      .from(monitoringReviewRounds)
      .where(eq(monitoringReviewRounds.createdBy, accountId)),
    db
      .select({ measureId: monitoringReviewReports.measureId, at: monitoringReviewReports.updatedAt })
      .from(monitoringReviewReports)
      .where(eq(monitoringReviewReports.updatedBy, accountId)),
    db
      .select({ decision: monitoringReviewProposals.decision, at: monitoringReviewProposals.decidedAt })
      .from(monitoringReviewProposals)
      .where(eq(monitoringReviewProposals.decidedBy, accountId)),
  ]);
  return { rounds, reports, decisions };
}

/** Removes an account from the rounds, reports and decisions it wrote; they stay. */
export async function anonymiseReviews(tx: Executor, accountId: string): Promise<void> {
  await tx
    .update(monitoringReviewRounds)
    .set({ createdBy: null })
    .where(eq(monitoringReviewRounds.createdBy, accountId));
  await tx
    .update(monitoringReviewReports)
    .set({ updatedBy: null })
    .where(eq(monitoringReviewReports.updatedBy, accountId));
  await tx
    .update(monitoringReviewProposals)
    .set({ decidedBy: null })
    .where(eq(monitoringReviewProposals.decidedBy, accountId));
}
