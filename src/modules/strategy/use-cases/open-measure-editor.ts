import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { cachedReference, organisationChoices } from "../data/catalogue";
import { assessmentHistory, findMeasureBySlug } from "../data/measures";
import type { AssessmentRecord } from "../domain/assessment";
import type { Reference, StoredMeasure } from "../domain/catalogue";
import { type EditPermissions, measureResource } from "../domain/model";

/** Which of the edit page's forms the actor may use on this measure. */
export function editPermissions(actor: Actor, slug: string): EditPermissions {
  const measure = measureResource({ slug });
  return {
    texts: can(actor, "strategy.measure.editTexts", measure),
    status: can(actor, "strategy.measure.changeStatus", measure),
    details: can(actor, "strategy.measure.edit", measure),
    team: can(actor, "strategy.measure.editTeam", measure),
    assessment: can(actor, "strategy.measure.assess", measure),
  };
}

/** Refuses anyone who may use none of a measure's edit forms (as for the first of them). */
export function requireMeasureEditor(actor: Actor, slug: string): void {
  if (!Object.values(editPermissions(actor, slug)).some(Boolean))
    requirePermission(actor, "strategy.measure.editTexts", measureResource({ slug }));
}

/**
 * A measure's edit page: the measure as saved now, the choices its forms offer and the forms the
 * actor may use. Anyone who may use one of them (the office, the measure's team).
 */
export async function openMeasureEditor(
  deps: Deps,
  actor: Actor,
  slug: string,
): Promise<{
  measure: StoredMeasure;
  reference: Reference;
  organisations: Array<{ id: string; name: { de: string; en: string } }>;
  assessments: AssessmentRecord[];
  permissions: EditPermissions;
}> {
  const db = deps.database.db;
  const measure = await findMeasureBySlug(db, slug);
  if (!measure) throw new NotFound("strategy.measure.notFound");
  requireMeasureEditor(actor, measure.slug);
  const permissions = editPermissions(actor, measure.slug);
  const [reference, organisations, assessments] = await Promise.all([
    cachedReference(db),
    organisationChoices(db),
    assessmentHistory(db, measure.id),
  ]);
  return { measure, reference, organisations, assessments, permissions };
}
