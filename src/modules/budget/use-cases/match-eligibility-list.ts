import { Conflict, Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { entryHash, listSalt, markListEntryUsed, matchListEntry, saveResidence } from "../data/eligibility";
import { verificationLimits } from "../domain/eligibility";
import { matchEligibilityListInput } from "../domain/eligibility-inputs";
import { personKey } from "../domain/eligibility-list";
import { phaseOf } from "../domain/phases";
import { confirmedAccountState } from "./check-eligibility";

const fieldProblems = {
  name: { path: "name", message: "budget.verify.nameMissing" },
  birthDate: { path: "birthDate", message: "budget.verify.birthDateInvalid" },
  postcode: { path: "postcode", message: "budget.verify.postcodeInvalid" },
} as const;

/**
 * A signed-in account is checked against the office's eligibility list: name, birth date and
 * postcode, normalised and hashed with the budget's salt, must match an entry not used before. A
 * match binds the account to the entry's heading until voting ends and uses the entry up. Attempts
 * are limited per account and (much higher) per client address; a miss says no more than "no match".
 */
export const matchEligibilityList = defineUseCase({
  action: "budget.vote",
  input: matchEligibilityListInput,
  rateLimit: (input, actor) => [
    { key: `budget-list:account:${actor.kind === "user" ? actor.id : "guest"}`, rule: verificationLimits.perAccount },
    { key: `budget-list:address:${input.clientAddress ?? "unknown"}`, rule: verificationLimits.perAddress },
  ],
  run: async ({ tx, now, deps, actor }, input) => {
    const state = await confirmedAccountState(tx, deps, input.budgetId, actor);
    if (phaseOf(state.budget, now) !== "voting") throw new Conflict("budget.vote.closed");
    if (state.mode !== "verified_list")
      throw new Invalid("errors.invalidInput", [{ path: "name", message: "budget.verify.notAsked" }]);
    if (state.ballotHeadingId !== null || state.residence?.source === "list")
      throw new Invalid("errors.invalidInput", [{ path: "name", message: "budget.verify.already" }]);
    const key = personKey(input);
    if ("problem" in key) throw new Invalid("errors.invalidInput", [fieldProblems[key.problem]]);
    const salt = await listSalt(tx, state.budget.id);
    const hash = salt === null ? null : entryHash(salt, key.key);
    const match = hash === null ? ({ status: "noMatch" } as const) : await matchListEntry(tx, state.budget.id, hash);
    if (match.status === "noMatch")
      throw new Invalid("errors.invalidInput", [{ path: "name", message: "budget.verify.noMatch" }]);
    if (match.status !== "ok" || hash === null)
      throw new Invalid("errors.invalidInput", [{ path: "name", message: "budget.verify.listUsed" }]);
    await markListEntryUsed(tx, state.budget.id, hash, now);
    await saveResidence(
      tx,
      {
        budgetId: state.budget.id,
        voterKey: state.voterKey,
        headingId: match.headingId,
        source: "list",
        validUntil: state.budget.resultsStart,
      },
      now,
    );
    return {
      result: { slug: state.budget.slug, headingId: match.headingId },
      audit: {
        action: "budget.residence.list",
        objectType: "budget",
        objectId: state.budget.id,
        after: { heading: match.headingId },
      },
    };
  },
});
