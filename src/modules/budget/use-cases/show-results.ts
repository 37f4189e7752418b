import type { Deps } from "../../../platform/deps";
import { Conflict } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { can } from "../../../platform/permissions/permissions";
import { type BudgetRow, ballotSources, codeCounts, headingVotes } from "../data/queries";
import { type Phase, phaseOf, resultsPublished } from "../domain/phases";
import { budgetResults, type HeadingResult } from "../domain/results";
import { findBudgetOrFail } from "./show-budget";

/** The tally of every heading, once voting has closed; public. */
export async function readResults(
  deps: Deps,
  slugOrId: string,
): Promise<{ budget: BudgetRow; results: HeadingResult[] }> {
  const budget = await findBudgetOrFail(deps, slugOrId);
  if (!resultsPublished(phaseOf(budget, deps.clock()))) throw new Conflict("budget.results.notYet");
  return { budget, results: budgetResults(budget, await headingVotes(deps.database.db, budget.id)) };
}

export type ResultsView =
  | {
      published: true;
      budget: BudgetRow;
      results: HeadingResult[];
      sources: { codes: number; accounts: number; demo: number };
      codesIssued: number;
      canMakeMeasures: boolean;
    }
  | {
      /** Not yet: the page says when the results come, and whether voting still runs. */
      published: false;
      budget: BudgetRow;
      phase: Phase;
    };

/**
 * The results page: the tally with where the ballots came from, and whether funded projects may
 * become measures; before publication, only the budget and its phase (a normal page, not an error).
 */
export async function showResults(deps: Deps, actor: Actor, slug: string): Promise<ResultsView> {
  const found = await findBudgetOrFail(deps, slug);
  const phase = phaseOf(found, deps.clock());
  if (!resultsPublished(phase)) return { published: false, budget: found, phase };
  const { budget, results } = await readResults(deps, slug);
  const { db } = deps.database;
  return {
    published: true,
    budget,
    results,
    sources: await ballotSources(db, budget.id),
    codesIssued: (await codeCounts(db, budget.id)).issued,
    canMakeMeasures: can(actor, "budget.manage") && can(actor, "strategy.measure.create"),
  };
}
