import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { newToken } from "../../../platform/security/tokens";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { entryHash, listSalt, replaceHeadingEntries } from "../data/eligibility";
import { findBudgetById, findHeading } from "../data/queries";
import { eligibilityOf } from "../domain/eligibility";
import { uploadEligibilityListInput } from "../domain/eligibility-inputs";
import { type ListFileProblem, readEligibilityList } from "../domain/eligibility-list";
import { phaseOf } from "../domain/phases";

/** A list file that cannot be used; the page names the problem (and the row). Nothing is stored. */
export class EligibilityListRefused extends Invalid {
  constructor(readonly problem: ListFileProblem) {
    super("budget.list.refused", [{ path: "list", message: `budget.list.problem.${problem.problem}` }]);
  }
}

/**
 * The office uploads the eligibility list of one heading (CSV: name, birth date, postcode). Only a
 * salted hash (HMAC-SHA-256 with a random salt of this budget) of each normalised person is stored;
 * the file itself is not. A new upload replaces the heading's entries that have not bound an account.
 * The list is deleted once voting has ended (purge-eligibility-lists.ts).
 */
export const uploadEligibilityList = defineUseCase({
  action: "budget.manage",
  input: uploadEligibilityListInput,
  run: async ({ tx, now, deps }, input) => {
    const budget = await findBudgetById(tx, input.budgetId, true);
    if (!budget) throw new NotFound("budget.errors.notFound");
    const phase = phaseOf(budget, now);
    if (phase === "results" || phase === "implementation") throw new Conflict("budget.list.closed");
    if (eligibilityOf(budget.eligibility) !== "verified_list") throw new Conflict("budget.list.notThisMode");
    const heading = await findHeading(tx, input.headingId, budget.id);
    if (!heading)
      throw new Invalid("errors.invalidInput", [{ path: "headingId", message: "budget.eligibility.headingMissing" }]);
    const read = readEligibilityList(input.list);
    if ("problem" in read) throw new EligibilityListRefused(read);
    const salt = (await listSalt(tx, budget.id, newToken(deps.random, 32), now)) as string;
    await replaceHeadingEntries(
      tx,
      budget.id,
      heading.id,
      read.keys.map((key) => entryHash(salt, key)),
    );
    return {
      result: { heading: heading.name, count: read.keys.length },
      audit: {
        action: "budget.eligibility.list",
        objectType: "budget",
        objectId: budget.id,
        after: { heading: heading.id, count: read.keys.length },
      },
    };
  },
});
