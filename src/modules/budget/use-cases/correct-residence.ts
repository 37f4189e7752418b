import { Conflict, Invalid } from "../../../platform/errors/errors";
import { voterAccountIdByEmail } from "../../../platform/identity/voter-account";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { saveResidence } from "../data/eligibility";
import { residenceSourceFor } from "../domain/eligibility";
import { correctResidenceInput } from "../domain/eligibility-inputs";
import { phaseOf } from "../domain/phases";
import { accountVoterState } from "./check-eligibility";

/**
 * The office sets where an account votes in a budget: a correction of a wrong declaration, or a
 * residence checked at the office's counter. It counts like the budget's own way (a declaration, or
 * a verification until voting ends), only before the account has cast a ballot here (a ballot keeps
 * its heading), and is audited with the heading before and after.
 */
export const correctResidence = defineUseCase({
  action: "budget.manage",
  input: correctResidenceInput,
  run: async ({ tx, now, deps }, input) => {
    const accountId = await voterAccountIdByEmail(tx, input.email);
    if (!accountId) throw new Invalid("errors.invalidInput", [{ path: "email", message: "budget.correct.noAccount" }]);
    const state = await accountVoterState(tx, deps, input.budgetId, accountId, true);
    const phase = phaseOf(state.budget, now);
    if (phase === "results" || phase === "implementation") throw new Conflict("budget.correct.closed");
    const source = residenceSourceFor(state.mode);
    if (!source) throw new Conflict("budget.correct.codesOnly");
    if (!state.headings.some((h) => h.id === input.headingId))
      throw new Invalid("errors.invalidInput", [{ path: "headingId", message: "budget.eligibility.headingMissing" }]);
    if (state.ballotHeadingId !== null)
      throw new Invalid("errors.invalidInput", [{ path: "email", message: "budget.correct.hasBallot" }]);
    await saveResidence(
      tx,
      {
        budgetId: state.budget.id,
        voterKey: state.voterKey,
        headingId: input.headingId,
        source,
        validUntil: source === "declared" ? null : state.budget.resultsStart,
      },
      now,
    );
    return {
      result: { slug: state.budget.slug },
      audit: {
        action: "budget.residence.office",
        objectType: "budget",
        objectId: state.budget.id,
        before: state.residence ? { heading: state.residence.headingId, source: state.residence.source } : undefined,
        after: { heading: input.headingId, source },
      },
    };
  },
});
