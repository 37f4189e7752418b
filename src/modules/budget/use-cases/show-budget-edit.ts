import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { type BudgetRow, ballotCounts, type HeadingRow, headingsOf } from "../data/queries";
import { ballotEditable } from "../domain/budget-edit";
import { type Phase, phaseOf } from "../domain/phases";
import { findBudgetOrFail } from "./show-budget";

export interface BudgetEdit {
  budget: BudgetRow;
  phase: Phase;
  headings: HeadingRow[];
  /** Whether rule, ballot and amounts may still change. */
  ballotOpen: boolean;
  now: Date;
}

/** The edit form of a budget (strategy office). */
export async function showBudgetEdit(deps: Deps, actor: Actor, slug: string): Promise<BudgetEdit> {
  requirePermission(actor, "budget.manage");
  const budget = await findBudgetOrFail(deps, slug);
  const now = deps.clock();
  const headings = await headingsOf(deps.database.db, budget.id);
  const ballots = [...(await ballotCounts(deps.database.db, budget.id)).values()].reduce((s, n) => s + n, 0);
  const phase = phaseOf(budget, now);
  return { budget, phase, headings, ballotOpen: ballotEditable(phase, ballots > 0), now };
}
