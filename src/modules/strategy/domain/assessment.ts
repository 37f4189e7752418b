import type { FieldChange } from "./diff";
import { type Assessment, SCORE_MAX, SCORE_MIN, STRONG_SCORE } from "./model";

/** An assessment as kept in the history: `sequence` orders entries recorded on the same day. */
export interface AssessmentRecord extends Assessment {
  sequence: number;
}

export function isValidScore(score: number): boolean {
  return Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX;
}

function later(a: AssessmentRecord, b: AssessmentRecord): boolean {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn > b.assessedOn;
  return a.sequence > b.sequence;
}

/** The assessment in force for each value: the latest by date, then by the order recorded. */
export function currentAssessments(history: readonly AssessmentRecord[]): Map<string, AssessmentRecord> {
  const current = new Map<string, AssessmentRecord>();
  for (const record of history) {
    const held = current.get(record.valueId);
    if (!held || later(record, held)) current.set(record.valueId, record);
  }
  return current;
}

function sameAssessment(a: Assessment, b: Assessment): boolean {
  return (
    a.valueId === b.valueId &&
    a.score === b.score &&
    a.rationale.de === b.rationale.de &&
    a.rationale.en === b.rationale.en &&
    a.assessedBy === b.assessedBy &&
    a.assessedOn === b.assessedOn &&
    (a.sourceStatus ?? null) === (b.sourceStatus ?? null)
  );
}

/**
 * Adds an assessment to the history. Nothing is ever replaced: an earlier assessment stays in the
 * history. Recording the assessment already in force, or a back-dated one already in the history,
 * changes nothing (so imports are idempotent).
 */
export function recordAssessment(
  history: readonly AssessmentRecord[],
  next: Assessment,
): { history: AssessmentRecord[]; added: AssessmentRecord | null } {
  if (!isValidScore(next.score)) throw new RangeError(`score must be an integer from ${SCORE_MIN} to ${SCORE_MAX}`);
  const inForce = currentAssessments(history).get(next.valueId);
  if (inForce && sameAssessment(inForce, next)) return { history: [...history], added: null };
  // A back-dated assessment that is already in the history is not added twice.
  const backDated = inForce !== undefined && next.assessedOn < inForce.assessedOn;
  if (backDated && history.some((r) => sameAssessment(r, next))) return { history: [...history], added: null };
  const sequence = history.reduce((max, r) => Math.max(max, r.sequence), 0) + 1;
  const added: AssessmentRecord = { ...next, sequence };
  return { history: [...history, added], added };
}

/** Values the measure serves strongly (score ≥ 2): what the "value" filter finds. */
export function strongValueIds(history: readonly AssessmentRecord[]): string[] {
  return [...currentAssessments(history).values()]
    .filter((a) => a.score >= STRONG_SCORE)
    .map((a) => a.valueId)
    .sort();
}

function assessmentView(a: Assessment | undefined): Record<string, unknown> | null {
  if (!a) return null;
  return {
    score: a.score,
    rationale: a.rationale,
    assessedBy: a.assessedBy,
    assessedOn: a.assessedOn,
    ...(a.sourceStatus ? { sourceStatus: a.sourceStatus } : {}),
  };
}

/** The version-history entry of new assessments: per value, the assessment in force before and after. */
export function assessmentChanges(
  before: readonly AssessmentRecord[],
  after: readonly AssessmentRecord[],
): FieldChange[] {
  const was = currentAssessments(before);
  const is = currentAssessments(after);
  const changes: FieldChange[] = [];
  for (const [valueId, now] of is) {
    const previous = was.get(valueId);
    if (previous?.sequence !== now.sequence) {
      changes.push({ field: `assessment.${valueId}`, before: assessmentView(previous), after: assessmentView(now) });
    }
  }
  return changes;
}
