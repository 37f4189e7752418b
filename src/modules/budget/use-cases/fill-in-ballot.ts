import type { Deps } from "../../../platform/deps";
import { Forbidden, Invalid } from "../../../platform/errors/errors";
import { newToken } from "../../../platform/security/tokens";
import type { Invocation } from "../../../platform/use-case/use-case";
import { type BudgetRow, headingsOf } from "../data/queries";
import { type BallotForm, ballotTotalsOf, choicesOf } from "../domain/ballot";
import { codeRefusals } from "../domain/voters";
import { castBallot } from "./cast-ballot";
import { type BallotStep, ballotOf, findVoterOnPage, votingBudget } from "./prepare-ballot";

export interface BallotFormInput {
  budget: string;
  /** code, change, update, edit, review or confirm. */
  step: string;
  code?: string;
  /** Only with a code: the receipt of its current ballot, to change that ballot. */
  receipt?: string;
  form: BallotForm;
  idempotencyKey: string;
  clientAddress: string;
}

async function startPage(
  deps: Deps,
  budget: BudgetRow,
  refusal: { errors: { code: string }; values?: { code: string }; status: 409 | 422 },
): Promise<BallotStep> {
  return { page: "start", budget, headings: await headingsOf(deps.database.db, budget.id), ...refusal };
}

/**
 * A step of the ballot form: the code (or the change of a confirmed ballot) opens the ballot, the
 * person chooses and updates the totals, reviews and confirms. Confirming goes straight to casting
 * the ballot, which checks everything again in one transaction; only a refusal needs the ballot
 * page again, prepared like every other step.
 */
export async function fillInBallot(deps: Deps, invocation: Invocation, input: BallotFormInput): Promise<BallotStep> {
  const budget = await votingBudget(deps, input.budget);
  const { step, code } = input;
  // Present only when a code holder changes a confirmed ballot (code and receipt together).
  const receipt = code === undefined ? undefined : input.receipt;
  const points = budget.ballotType === "points";

  let refusal: Invalid | null = null;
  if (step === "confirm") {
    const submitted = choicesOf(input.form, points);
    if (![...submitted.values()].some((n) => n < 0)) {
      try {
        const cast = await castBallot(deps, invocation, {
          budgetId: budget.id,
          code,
          receipt,
          choices: [...submitted].map(([projectId, n]) => ({ projectId, points: n })),
          idempotencyKey: input.idempotencyKey,
          clientAddress: input.clientAddress,
        });
        return {
          page: "receipt",
          budget,
          receipt: cast.receipt,
          replaced: cast.replaced,
          withCode: code !== undefined,
        };
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        refusal = error;
      }
    }
  }
  // A refused code or receipt was counted as a guess by casting already, where it may be one.
  const codeIssue = refusal?.issues.find((i) => i.path === "code" || i.path === "receipt");
  if (codeIssue && receipt !== undefined)
    return {
      page: "change",
      budget,
      errors: { [codeIssue.path]: codeIssue.message },
      values: { code: code ?? "", receipt },
      status: 422,
    };
  if (codeIssue)
    return startPage(deps, budget, { errors: { code: codeIssue.message }, values: { code: code ?? "" }, status: 422 });

  const found = await findVoterOnPage(deps, budget.id, invocation.actor, {
    code,
    receipt,
    clientAddress: input.clientAddress,
  });
  if (found.status !== "ok") {
    if (found.status === "guest")
      return startPage(deps, budget, { errors: { code: "budget.vote.codeMissing" }, status: 422 });
    if (!(found.status in codeRefusals)) throw new Forbidden(`budget.vote.account.${found.status}`);
    const refused = codeRefusals[found.status as keyof typeof codeRefusals];
    if (code !== undefined && receipt !== undefined)
      return {
        page: "change",
        budget,
        errors: { [refused.path]: refused.message },
        values: { code, receipt },
        status: 422,
      };
    return startPage(deps, budget, {
      errors: { code: refused.message },
      values: { code: code ?? "" },
      status: found.status === "codeUsed" ? 409 : 422,
    });
  }

  const { heading } = found.voter;
  const { projects, limits } = await ballotOf(deps.database.db, budget, heading);
  const choice = step === "code" || step === "change" ? new Map<string, number>() : choicesOf(input.form, points);
  const totals = ballotTotalsOf(limits, projects, choice);
  const ballot = { budget, heading, projects, choice, totals, code, receipt };
  const onBallot = new Set(projects.map((p) => p.id));
  const foreign = [...choice.keys()].some((id) => !onBallot.has(id));
  const invalidPoints = [...choice.values()].some((n) => n < 0);

  if (step === "code" || step === "change" || step === "update" || step === "edit")
    return { page: "ballot", ballot, errors: totals.problems.length ? totals.problems : undefined, status: 200 };
  if (foreign) return { page: "ballot", ballot, errors: ["budget.vote.otherDistrict"], status: 422 };
  if (invalidPoints) return { page: "ballot", ballot, errors: ["budget.ballot.pointsInvalid"], status: 422 };
  if (totals.problems.length > 0 || totals.count === 0)
    return {
      page: "ballot",
      ballot,
      errors: totals.count === 0 ? ["budget.ballot.empty"] : totals.problems,
      status: 422,
    };
  if (step === "review") return { page: "confirm", ballot, idempotencyKey: newToken(deps.random, 16) };
  if (step !== "confirm") throw new Invalid("errors.invalidInput");
  // Casting refused something the checks above did not see (e.g. the ballot changed meanwhile).
  const message = refusal?.issues[0]?.message ?? refusal?.message ?? "errors.invalidInput";
  return { page: "ballot", ballot, errors: [message], status: 422 };
}
