import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { FieldChange } from "../domain/diff";
import { type assessments, measureVersions } from "./schema";

type AssessmentRow = typeof assessments.$inferSelect;

function isOwn(view: unknown, valueId: string, own: readonly AssessmentRow[]): view is Record<string, unknown> {
  if (typeof view !== "object" || view === null) return false;
  const v = view as {
    score?: unknown;
    rationale?: { de?: unknown; en?: unknown };
    assessedBy?: unknown;
    assessedOn?: unknown;
  };
  return own.some(
    (a) =>
      a.valueId === valueId &&
      a.score === v.score &&
      a.rationaleDe === v.rationale?.de &&
      a.rationaleEn === v.rationale?.en &&
      a.assessedOn === v.assessedOn &&
      a.assessedBy === v.assessedBy &&
      a.assessedBy === a.recordedBy,
  );
}

/**
 * The version history repeats each assessment (name included) in the change that added it and in
 * the change that later replaced it, possibly written by someone else. Replaces the name there too,
 * but only in views that are exactly one of the account's own assessments, never a namesake's.
 */
export async function renameInAssessmentChanges(
  tx: Executor,
  own: readonly AssessmentRow[],
  label: string,
): Promise<void> {
  const measureIds = [...new Set(own.map((a) => a.measureId))];
  if (measureIds.length === 0) return;
  const versions = await tx
    .select({ id: measureVersions.id, changes: measureVersions.changes })
    .from(measureVersions)
    .where(inArray(measureVersions.measureId, measureIds));
  for (const version of versions) {
    let touched = false;
    const changes = version.changes.map((change): FieldChange => {
      if (!change.field.startsWith("assessment.")) return change;
      const valueId = change.field.slice("assessment.".length);
      const mine = own.filter((a) => a.valueId === valueId);
      const rename = (view: unknown) => {
        if (!isOwn(view, valueId, mine)) return view;
        touched = true;
        return { ...view, assessedBy: label };
      };
      return { ...change, before: rename(change.before), after: rename(change.after) };
    });
    if (touched) await tx.update(measureVersions).set({ changes }).where(eq(measureVersions.id, version.id));
  }
}
