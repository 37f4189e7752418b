import type { Deps } from "../../../platform/deps";
import { Conflict } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { actionFieldChoices } from "../../strategy";
import type { BudgetRow, HeadingRow } from "../data/queries";
import { showBudget } from "./show-budget";

/**
 * An action field of the strategy a proposal may name: its identifier, its name and its cluster's
 * name in the page's language.
 */
export interface ActionFieldChoice {
  id: string;
  name: string;
  cluster: { id: string; name: string };
}

export interface ProposalForm {
  budget: BudgetRow;
  headings: HeadingRow[];
  actionFields: ActionFieldChoice[];
}

/** The strategy's action fields, named in the reader's language (a resident chooses by the name). */
export async function proposalActionFields(deps: Deps, locale: Locale): Promise<ActionFieldChoice[]> {
  const choices = await actionFieldChoices(deps.database.db, locale);
  return choices.map(({ id, name, cluster }) => ({ id, name, cluster }));
}

/** The proposal form: for residents while the budget takes proposals. */
export async function showProposalForm(deps: Deps, actor: Actor, slug: string, locale: Locale): Promise<ProposalForm> {
  requirePermission(actor, "budget.propose");
  const { budget, phase, headings } = await showBudget(deps, slug);
  if (phase !== "proposals") throw new Conflict("budget.propose.closed");
  return { budget, headings, actionFields: await proposalActionFields(deps, locale) };
}
