import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { type BudgetRow, ballotCounts } from "../data/queries";
import { PHASES, type Phase, phaseOf } from "../domain/phases";
import { findBudgetOrFail } from "./show-budget";

/** What starting the next phase would do, for the confirmation page (strategy office). */
export async function showPhaseStep(
  deps: Deps,
  actor: Actor,
  slug: string,
): Promise<{ budget: BudgetRow; phase: Phase; next: Phase | null; ballots: number }> {
  requirePermission(actor, "budget.manage");
  const budget = await findBudgetOrFail(deps, slug);
  const phase = phaseOf(budget, deps.clock());
  const next = phase === "implementation" ? null : (PHASES[PHASES.indexOf(phase) + 1] as Phase);
  const counts = await ballotCounts(deps.database.db, budget.id);
  return { budget, phase, next, ballots: [...counts.values()].reduce((s, n) => s + n, 0) };
}
