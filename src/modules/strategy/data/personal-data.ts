import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { renameInAssessmentChanges } from "./personal-data-history";
import { assessments, measures, measureVersions } from "./schema";

/**
 * Assessments keep their author only as a name. They belong to the account when a version of the
 * same measure, written at the same moment under the same name, names the account as its author
 * (assessing always writes such a version in the same transaction).
 */
async function assessmentIdsOf(db: Executor, accountId: string): Promise<number[]> {
  const rows = await db
    .select({ id: assessments.id })
    .from(assessments)
    .innerJoin(
      measureVersions,
      and(
        eq(measureVersions.measureId, assessments.measureId),
        eq(measureVersions.at, assessments.recordedAt),
        eq(measureVersions.authorLabel, assessments.recordedBy),
      ),
    )
    .where(eq(measureVersions.authorId, accountId));
  return [...new Set(rows.map((r) => r.id))];
}

export const strategyPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const versions = await db
      .select({
        measure: measures.slug,
        measureTitle: measures.titleDe,
        version: measureVersions.version,
        kind: measureVersions.kind,
        at: measureVersions.at,
        shownAuthor: measureVersions.authorLabel,
        changes: measureVersions.changes,
      })
      .from(measureVersions)
      .innerJoin(measures, eq(measures.id, measureVersions.measureId))
      .where(eq(measureVersions.authorId, accountId))
      .orderBy(asc(measureVersions.at), asc(measureVersions.id));
    const ids = await assessmentIdsOf(db, accountId);
    const assessed =
      ids.length === 0
        ? []
        : await db
            .select({
              measure: measures.slug,
              value: assessments.valueId,
              score: assessments.score,
              rationaleDe: assessments.rationaleDe,
              rationaleEn: assessments.rationaleEn,
              assessedBy: assessments.assessedBy,
              assessedOn: assessments.assessedOn,
              recordedAt: assessments.recordedAt,
            })
            .from(assessments)
            .innerJoin(measures, eq(measures.id, assessments.measureId))
            .where(inArray(assessments.id, ids))
            .orderBy(asc(assessments.recordedAt), asc(assessments.id));
    if (versions.length === 0 && assessed.length === 0) return null;
    return { measureChanges: versions, assessments: assessed };
  },

  /**
   * The changes and assessments stay (they are the measure's public history) but show "deleted
   * account" instead of the name, also where a change repeats an assessment. Assessments before
   * versions: they are found through the versions' author.
   */
  async erase(tx, accountId, { t }) {
    const label = t("auth.deletedAccount");
    const ids = await assessmentIdsOf(tx, accountId);
    const own = ids.length === 0 ? [] : await tx.select().from(assessments).where(inArray(assessments.id, ids));
    // The history first: it is matched against the assessments as they still are.
    await renameInAssessmentChanges(tx, own, label);
    for (const row of own) {
      // An imported assessment names its original assessor under "assessed by"; that name stays,
      // only the account's own name goes.
      const assessedBy = row.assessedBy === row.recordedBy ? label : row.assessedBy;
      await tx.update(assessments).set({ assessedBy, recordedBy: label }).where(eq(assessments.id, row.id));
    }
    await tx
      .update(measureVersions)
      .set({ authorId: null, authorLabel: label })
      .where(eq(measureVersions.authorId, accountId));
  },
};
