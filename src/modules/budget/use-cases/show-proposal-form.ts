import type { Deps } from "../../../platform/deps";
import { Conflict } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import type { BudgetRow, HeadingRow } from "../data/queries";
import { showBudget } from "./show-budget";

/** The proposal form: for residents while the budget takes proposals. */
export async function showProposalForm(
  deps: Deps,
  actor: Actor,
  slug: string,
): Promise<{ budget: BudgetRow; headings: HeadingRow[] }> {
  requirePermission(actor, "budget.propose");
  const { budget, phase, headings } = await showBudget(deps, slug);
  if (phase !== "proposals") throw new Conflict("budget.propose.closed");
  return { budget, headings };
}
