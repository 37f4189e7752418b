import { Conflict, Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { saveResidence } from "../data/eligibility";
import { declarationRefusal } from "../domain/eligibility";
import { declareResidenceInput } from "../domain/eligibility-inputs";
import { phaseOf } from "../domain/phases";
import { confirmedAccountState } from "./check-eligibility";

/** Message of each refused declaration, beside the choice. */
const refusals = {
  notSelfDeclared: "budget.declare.notAsked",
  fixedByBallot: "budget.declare.fixed",
  unknownHeading: "budget.eligibility.headingMissing",
} as const;

/**
 * A signed-in account declares where it lives, on the ballot page of a budget that asks for it
 * (`self_declared`). The declaration is stored for this budget and voter (not in the profile), may
 * change until the account casts a ballot, and every declaration and change is audited.
 */
export const declareResidence = defineUseCase({
  action: "budget.vote",
  input: declareResidenceInput,
  rateLimit: (_input, actor) => ({
    key: `budget-declare:${actor.kind === "user" ? actor.id : "guest"}`,
    rule: { limit: 30, windowSeconds: 60 * 60 },
  }),
  run: async ({ tx, now, deps, actor }, input) => {
    const state = await confirmedAccountState(tx, deps, input.budgetId, actor);
    if (phaseOf(state.budget, now) !== "voting") throw new Conflict("budget.vote.closed");
    const refusal = declarationRefusal(state.mode, state.headings, input.headingId, state.ballotHeadingId !== null);
    if (refusal) throw new Invalid("errors.invalidInput", [{ path: "headingId", message: refusals[refusal] }]);
    const before = state.residence?.source === "declared" ? state.residence.headingId : null;
    await saveResidence(
      tx,
      {
        budgetId: state.budget.id,
        voterKey: state.voterKey,
        headingId: input.headingId,
        source: "declared",
        validUntil: null,
      },
      now,
    );
    return {
      result: { slug: state.budget.slug, changed: before !== null && before !== input.headingId },
      audit: {
        action: before === null ? "budget.residence.declare" : "budget.residence.change",
        objectType: "budget",
        objectId: state.budget.id,
        before: before === null ? undefined : { heading: before },
        after: { heading: input.headingId },
      },
    };
  },
});
