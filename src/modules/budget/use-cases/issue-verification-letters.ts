import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertVerificationCodes, nextVerificationBatch } from "../data/eligibility";
import { findBudgetById, findHeading } from "../data/queries";
import { newVotingCode } from "../data/voting-codes";
import { eligibilityOf } from "../domain/eligibility";
import { issueVerificationLettersInput } from "../domain/eligibility-inputs";
import { readAddressList } from "../domain/eligibility-list";
import { phaseOf } from "../domain/phases";

/** At most this many letters in one batch, like voting codes. */
export const LETTERS_LIMIT = 5000;

/**
 * The office prints verification letters for an address list of one heading: each address gets a
 * single-use code (80 bits, like a voting code) that binds the account that enters it to the
 * heading until voting ends. The codes come back once, for the PDF; only their hashes are stored.
 */
export const issueVerificationLetters = defineUseCase({
  action: "budget.manage",
  input: issueVerificationLettersInput,
  run: async ({ tx, now, deps }, input) => {
    const budget = await findBudgetById(tx, input.budgetId, true);
    if (!budget) throw new NotFound("budget.errors.notFound");
    const phase = phaseOf(budget, now);
    if (phase === "results" || phase === "implementation") throw new Conflict("budget.letters.closed");
    if (eligibilityOf(budget.eligibility) !== "verified_letter") throw new Conflict("budget.letters.notThisMode");
    const heading = await findHeading(tx, input.headingId, budget.id);
    if (!heading)
      throw new Invalid("errors.invalidInput", [{ path: "headingId", message: "budget.eligibility.headingMissing" }]);
    const read = readAddressList(input.addresses, LETTERS_LIMIT);
    if ("problem" in read)
      throw new Invalid("errors.invalidInput", [
        { path: "addresses", message: `budget.letters.problem.${read.problem}` },
      ]);
    const batch = await nextVerificationBatch(tx, budget.id);
    const codes = new Set<string>();
    while (codes.size < read.addresses.length) codes.add(newVotingCode(deps.random));
    const list = [...codes];
    await insertVerificationCodes(tx, { budgetId: budget.id, headingId: heading.id, batch, createdAt: now }, list);
    return {
      result: {
        batch,
        heading: heading.name,
        letters: read.addresses.map((address, i) => ({ address, code: list[i] as string })),
      },
      audit: {
        action: "budget.verification.letters",
        objectType: "budget",
        objectId: budget.id,
        after: { batch, heading: heading.id, count: list.length },
      },
    };
  },
});
