import type { Deps } from "../../../platform/deps";
import { Conflict, Forbidden, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase, type Invocation } from "../../../platform/use-case/use-case";
import { receiptFor, replayedBallot } from "../data/ballot-replay";
import { insertBallot, replaceCurrentBallot } from "../data/ballots";
import { findBudgetById } from "../data/queries";
import { hashTypedCode, markCodeUsed } from "../data/voting-codes";
import { countWrongCode } from "../data/wrong-codes";
import { ballotTotalsOf } from "../domain/ballot";
import { type BallotInput, ballotInput } from "../domain/inputs";
import { phaseOf } from "../domain/phases";
import { codeRefusals } from "../domain/voters";
import { ballotOf, findVoter } from "./prepare-ballot";

const castBallotUseCase = defineUseCase({
  action: "budget.vote",
  input: ballotInput,
  // Per code or per account: retries of one voter are limited, many voters are not slowed down.
  rateLimit: (input, actor) => ({
    key: input.code
      ? `budget-ballot:code:${hashTypedCode(input.code)}`
      : `budget-ballot:${actor.kind === "user" ? actor.id : "guest"}`,
    rule: { limit: 30, windowSeconds: 60 },
  }),
  run: async ({ tx, now, deps, actor }, input) => {
    const budget = await findBudgetById(tx, input.budgetId);
    if (!budget) throw new NotFound("budget.errors.notFound");
    if (phaseOf(budget, now) !== "voting") throw new Conflict("budget.vote.closed");

    // A change (code and receipt), a fresh code or the account: the same preparation as the ballot
    // page, with the code and the receipt's ballot locked until the ballot is stored.
    const found = await findVoter(tx, deps, budget.id, actor, { code: input.code, receipt: input.receipt }, true);
    if (found.status !== "ok") {
      if (found.status === "codeUsed" && input.receipt === undefined) throw new Conflict("budget.vote.codeUsed");
      if (found.status === "guest") throw new Forbidden("budget.vote.needCode");
      if (found.status in codeRefusals) {
        const refusal = codeRefusals[found.status as keyof typeof codeRefusals];
        throw new Invalid("errors.invalidInput", [refusal]);
      }
      throw new Forbidden(`budget.vote.account.${found.status}`);
    }
    const { heading, voterKey, codeHash } = found.voter;

    const { projects, limits } = await ballotOf(tx, budget, heading);
    const onBallot = new Set(projects.map((p) => p.id));
    for (const choice of input.choices) {
      if (!onBallot.has(choice.projectId))
        throw new Invalid("budget.vote.otherDistrict", [{ path: "choices", message: "budget.vote.otherDistrict" }]);
    }
    const totals = ballotTotalsOf(limits, projects, new Map(input.choices.map((c) => [c.projectId, c.points])));
    if (totals.problems.length > 0) {
      throw new Invalid(
        totals.problems[0] as string,
        totals.problems.map((message) => ({ path: "choices", message })),
      );
    }
    if (totals.count === 0)
      throw new Invalid("budget.ballot.empty", [{ path: "choices", message: "budget.ballot.empty" }]);

    if (codeHash && !(await markCodeUsed(tx, codeHash, now))) throw new Conflict("budget.vote.codeUsed");
    // Replace the voter's current ballot in the same transaction: afterwards there is exactly one.
    const replaced = await replaceCurrentBallot(tx, budget.id, voterKey, now);
    const receipt = await receiptFor(tx, deps.random, budget.id, voterKey, input.idempotencyKey);
    const stored = await insertBallot(tx, {
      budgetId: budget.id,
      headingId: heading.id,
      voterKey,
      choices: totals.chosen,
      receiptHash: hashTypedCode(receipt),
      idempotencyKey: input.idempotencyKey,
      createdAt: now,
    });
    // Another submission of the same voter won the race, or this is a retry of a stored confirmation
    // (castBallot then answers with the first receipt): this one changes nothing.
    if (!stored) throw new Conflict("budget.vote.duplicate");
    return {
      result: { receipt, replaced, headingId: heading.id },
      // The audit entry says that a ballot was cast, never for what.
      audit: {
        action: replaced ? "budget.ballot.replace" : "budget.ballot.cast",
        objectType: "budget",
        objectId: budget.id,
      },
    };
  },
});

/** A wrong code, or a receipt that does not belong to the code: both may be guesses. */
function isWrongCode(error: unknown): boolean {
  return (
    error instanceof Invalid &&
    error.issues.some(
      (i) =>
        (i.path === "code" && i.message === codeRefusals.codeUnknown.message) ||
        (i.path === "receipt" && i.message === codeRefusals.wrongPair.message),
    )
  );
}

/**
 * Casts (or replaces) a ballot. Every wrong code (or wrong code/receipt pair) is counted against the
 * client address; a valid code is never refused because of others' wrong ones (see wrong-codes.ts).
 */
export async function castBallot(
  deps: Deps,
  invocation: Invocation,
  input: BallotInput,
): Promise<{ receipt: string; replaced: boolean; headingId: string }> {
  const clientAddress = input.clientAddress ?? "unknown";
  try {
    return await castBallotUseCase(deps, invocation, input);
  } catch (error) {
    // A retry of a confirmation that was stored already (same voter, same key) gets its first answer.
    if (error instanceof Conflict || error instanceof Invalid) {
      const replay = await replayedBallot(deps.database.db, deps.random, invocation.actor, input);
      if (replay) return replay;
    }
    if (isWrongCode(error)) await countWrongCode(deps, clientAddress, deps.clock());
    throw error;
  }
}
