import type { Deps } from "../../../platform/deps";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { actionFieldChoices } from "../../strategy";
import { type BudgetRow, findProject, type HeadingRow, headingsOf, type ProjectRow } from "../data/queries";
import { phaseOf, resultsPublished } from "../domain/phases";
import { findBudgetOrFail } from "./show-budget";

export interface MeasureForm {
  budget: BudgetRow;
  project: ProjectRow;
  heading: HeadingRow | undefined;
  actionFields: Array<{ id: string; label: string }>;
}

/**
 * The form that turns a funded project into a measure (strategy office, once per project, after the
 * results are published), with the catalogue's action fields to choose from.
 */
export async function showMeasureForm(
  deps: Deps,
  actor: Actor,
  input: { budget: string; projectId: string; locale: Locale },
): Promise<MeasureForm> {
  requirePermission(actor, "budget.manage");
  requirePermission(actor, "strategy.measure.create");
  const budget = await findBudgetOrFail(deps, input.budget);
  if (!resultsPublished(phaseOf(budget, deps.clock()))) throw new Conflict("budget.measure.notYet");
  const { db } = deps.database;
  const project = await findProject(db, budget.id, input.projectId);
  if (!project) throw new NotFound("budget.errors.projectNotFound");
  if (project.measureSlug) throw new Conflict("budget.measure.already");
  const heading = (await headingsOf(db, budget.id)).find((h) => h.id === project.headingId);
  return { budget, project, heading, actionFields: await actionFieldChoices(db, input.locale) };
}
