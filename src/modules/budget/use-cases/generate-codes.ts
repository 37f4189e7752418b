import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findBudgetById, findHeading } from "../data/queries";
import { insertCodes, newVotingCode, nextCodeBatch } from "../data/voting-codes";
import { codesInput } from "../domain/inputs";
import { phaseOf } from "../domain/phases";

/**
 * Generates a batch of single-use voting codes for the letters of one heading. The codes are returned
 * once, for the mail merge and the print page; only their hashes are stored.
 */
export const generateVotingCodes = defineUseCase({
  action: "budget.manage",
  input: codesInput,
  run: async ({ tx, now, deps }, input) => {
    const budget = await findBudgetById(tx, input.budgetId, true);
    if (!budget) throw new NotFound("budget.errors.notFound");
    const phase = phaseOf(budget, now);
    if (phase === "results" || phase === "implementation") throw new Conflict("budget.codes.closed");
    const heading = await findHeading(tx, input.headingId, budget.id);
    if (!heading) throw new Invalid("errors.invalidInput", [{ path: "headingId", message: "budget.errors.heading" }]);
    const batch = await nextCodeBatch(tx, budget.id);
    const codes = new Set<string>();
    while (codes.size < input.count) codes.add(newVotingCode(deps.random));
    const list = [...codes];
    await insertCodes(tx, { budgetId: budget.id, headingId: heading.id, batch, createdAt: now }, list);
    return {
      result: { batch, heading: heading.name, codes: list },
      audit: {
        action: "budget.codes",
        objectType: "budget",
        objectId: budget.id,
        after: { batch, heading: heading.id, count: list.length },
      },
    };
  },
});
