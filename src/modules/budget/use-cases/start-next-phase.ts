import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { updateBudget } from "../data/budgets";
import { findBudgetById } from "../data/queries";
import { phaseInput } from "../domain/inputs";
import { nextPhaseDates } from "../domain/phases";

/**
 * Starts the next phase now (e.g. closes the proposals, or closes the voting and publishes the
 * results): the next phase's start date becomes now, and later dates move along if they would come
 * before it.
 */
export const startNextPhase = defineUseCase({
  action: "budget.manage",
  input: phaseInput,
  run: async ({ tx, now }, input) => {
    const budget = await findBudgetById(tx, input.budgetId, true);
    if (!budget) throw new NotFound("budget.errors.notFound");
    const next = nextPhaseDates(budget, now);
    if (!next) throw new Conflict("budget.manage.lastPhase");
    if (input.from !== undefined && input.from !== next.phase) throw new Conflict("budget.manage.phaseChanged");
    await updateBudget(tx, budget.id, next.dates);
    return {
      result: { phase: next.next as string },
      audit: {
        action: "budget.phase",
        objectType: "budget",
        objectId: budget.id,
        before: { phase: next.phase },
        after: { phase: next.next },
      },
    };
  },
});
