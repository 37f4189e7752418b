import { Conflict, Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { lookUpVerificationCode, markVerificationCodeUsed, saveResidence } from "../data/eligibility";
import { verificationLimits } from "../domain/eligibility";
import { redeemVerificationCodeInput } from "../domain/eligibility-inputs";
import { phaseOf } from "../domain/phases";
import { confirmedAccountState } from "./check-eligibility";

const refusals = {
  malformed: "budget.verify.codeFormat",
  unknown: "budget.verify.codeUnknown",
  used: "budget.verify.codeUsed",
} as const;

/**
 * A signed-in account enters the code of a verification letter: the code is used up and binds the
 * account to the letter's heading in this budget until voting ends. Attempts are limited per
 * account and (much higher, for shared networks) per client address.
 */
export const redeemVerificationCode = defineUseCase({
  action: "budget.vote",
  input: redeemVerificationCodeInput,
  rateLimit: (input, actor) => [
    { key: `budget-verify:account:${actor.kind === "user" ? actor.id : "guest"}`, rule: verificationLimits.perAccount },
    { key: `budget-verify:address:${input.clientAddress ?? "unknown"}`, rule: verificationLimits.perAddress },
  ],
  run: async ({ tx, now, deps, actor }, input) => {
    const state = await confirmedAccountState(tx, deps, input.budgetId, actor);
    if (phaseOf(state.budget, now) !== "voting") throw new Conflict("budget.vote.closed");
    if (state.mode !== "verified_letter")
      throw new Invalid("errors.invalidInput", [{ path: "code", message: "budget.verify.notAsked" }]);
    if (state.ballotHeadingId !== null || state.residence?.source === "letter")
      throw new Invalid("errors.invalidInput", [{ path: "code", message: "budget.verify.already" }]);
    const found = await lookUpVerificationCode(tx, state.budget.id, input.code);
    if (found.status !== "ok")
      throw new Invalid("errors.invalidInput", [{ path: "code", message: refusals[found.status] }]);
    if (!(await markVerificationCodeUsed(tx, found.codeHash, now)))
      throw new Invalid("errors.invalidInput", [{ path: "code", message: refusals.used }]);
    await saveResidence(
      tx,
      {
        budgetId: state.budget.id,
        voterKey: state.voterKey,
        headingId: found.headingId,
        source: "letter",
        validUntil: state.budget.resultsStart,
      },
      now,
    );
    return {
      result: { slug: state.budget.slug, headingId: found.headingId },
      audit: {
        action: "budget.residence.letter",
        objectType: "budget",
        objectId: state.budget.id,
        after: { heading: found.headingId },
      },
    };
  },
});
