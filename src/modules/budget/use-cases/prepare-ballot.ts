import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import type { Invocation } from "../../../platform/use-case/use-case";
import {
  type BudgetRow,
  ballotProjects,
  findBudget,
  findHeading,
  type HeadingRow,
  headingsOf,
  type ProjectRow,
} from "../data/queries";
import { codeVoterKey } from "../data/voter-key";
import { lookUpChange, lookUpCode } from "../data/voting-codes";
import { countWrongCode } from "../data/wrong-codes";
import { type BallotLimits, type BallotTotals, ballotLimits, ballotTotalsOf } from "../domain/ballot";
import type { Residence } from "../domain/eligibility";
import { phaseOf } from "../domain/phases";
import { type AccountRefusal, type CodeRefusal, isGuess } from "../domain/voters";
import { accountEligibility } from "./check-eligibility";

/**
 * Preparing a ballot: who votes (a voting code, a used code with the receipt of its current ballot,
 * or the signed-in account), in which heading, on which projects and within which limits. The
 * ballot pages and casting the ballot (cast-ballot.ts, inside its transaction) both prepare it here.
 */

/** What a person gave to vote with; neither code nor receipt means the signed-in account. */
export interface VoterProof {
  code?: string;
  /** With a used code: the receipt of the code's current ballot, to change that ballot. */
  receipt?: string;
}

export interface Voter {
  heading: HeadingRow;
  /** The opaque key the voter's ballots carry. */
  voterKey: string;
  /** A fresh voting code's hash, to be marked used when the ballot is cast. */
  codeHash: string | null;
}

export type VoterLookup = { status: "ok"; voter: Voter } | { status: CodeRefusal | AccountRefusal };

async function headingOf(db: Executor, budgetId: string, headingId: string): Promise<HeadingRow> {
  const heading = await findHeading(db, headingId, budgetId);
  if (!heading) throw new NotFound("budget.errors.notFound");
  return heading;
}

/** Whether a signed-in account may vote in this budget (its eligibility setting), and in which heading. */
async function accountVoter(
  db: Executor,
  deps: Deps,
  budgetId: string,
  userId: string,
  forUpdate = false,
): Promise<VoterLookup> {
  const found = await accountEligibility(db, deps, budgetId, userId, forUpdate);
  if (found.status !== "ok") return { status: found.status };
  return { status: "ok", voter: { heading: found.heading, voterKey: found.voterKey, codeHash: null } };
}

/** Finds the voter; `forUpdate` locks the code and the receipt's ballot until the transaction ends. */
export async function findVoter(
  db: Executor,
  deps: Deps,
  budgetId: string,
  actor: Actor,
  proof: VoterProof,
  forUpdate = false,
): Promise<VoterLookup> {
  if (proof.code !== undefined && proof.receipt !== undefined) {
    const found = await lookUpChange(db, budgetId, proof.code, proof.receipt, forUpdate);
    if (found.status !== "ok") return { status: found.status };
    const heading = await headingOf(db, budgetId, found.headingId);
    return { status: "ok", voter: { heading, voterKey: codeVoterKey(found.codeHash), codeHash: null } };
  }
  if (proof.code !== undefined) {
    const found = await lookUpCode(db, budgetId, proof.code, forUpdate);
    if (found.status !== "ok") return { status: found.status };
    const heading = await headingOf(db, budgetId, found.headingId);
    return { status: "ok", voter: { heading, voterKey: codeVoterKey(found.codeHash), codeHash: found.codeHash } };
  }
  if (actor.kind !== "user") return { status: "guest" };
  return accountVoter(db, deps, budgetId, actor.id, forUpdate);
}

/** The projects on the heading's ballot and the limits a ballot there must keep. */
export async function ballotOf(
  db: Executor,
  budget: BudgetRow,
  heading: HeadingRow,
): Promise<{ projects: ProjectRow[]; limits: BallotLimits }> {
  return { projects: await ballotProjects(db, heading.id), limits: ballotLimits(budget, heading) };
}

/**
 * The voter of a ballot page. Every guess (a wrong code or a wrong code/receipt pair) is counted
 * against the client address; a valid code is never refused because of others' guesses.
 */
export async function findVoterOnPage(
  deps: Deps,
  budgetId: string,
  actor: Actor,
  proof: VoterProof & { clientAddress: string },
): Promise<VoterLookup> {
  const now = deps.clock();
  const found = await findVoter(deps.database.db, deps, budgetId, actor, proof);
  if (isGuess(found.status)) await countWrongCode(deps, proof.clientAddress, now);
  return found;
}

/** A budget whose voting is open, by slug or id. */
export async function votingBudget(deps: Deps, slugOrId: string): Promise<BudgetRow> {
  const budget = await findBudget(deps.database.db, slugOrId);
  if (!budget) throw new NotFound("budget.errors.notFound");
  if (phaseOf(budget, deps.clock()) !== "voting") throw new Conflict("budget.vote.closed");
  return budget;
}

/** A ballot as a page shows it: the voter's heading and projects, the choice so far and its totals. */
export interface PreparedBallot {
  budget: BudgetRow;
  heading: HeadingRow;
  projects: ProjectRow[];
  /** Project id → points (1 for a chosen approval project). */
  choice: Map<string, number>;
  totals: BallotTotals;
  code?: string;
  receipt?: string;
  /** For an account: where it declared or was verified to live (shown with the way to change it). */
  residence?: Residence | null;
  /** The account's residence is fixed by a ballot it cast. */
  residenceFixed?: boolean;
}

/** What a voting page shows; errors are message keys. */
export type BallotStep =
  | {
      page: "start";
      budget: BudgetRow;
      headings: HeadingRow[];
      accountNote?: string;
      /** Why the signed-in account cannot vote yet (e.g. `needsDeclaration`): the page offers the way. */
      accountStatus?: AccountRefusal;
      errors?: { code: string };
      values?: { code: string };
      status: 200 | 409 | 422;
    }
  | {
      page: "change";
      budget: BudgetRow;
      errors?: Record<string, string>;
      values?: { code: string; receipt: string };
      status: 200 | 422;
    }
  | { page: "ballot"; ballot: PreparedBallot; errors?: string[]; hasBallot?: boolean; status: 200 | 422 }
  | { page: "confirm"; ballot: PreparedBallot; idempotencyKey: string }
  | { page: "receipt"; budget: BudgetRow; receipt: string; replaced: boolean; withCode: boolean };

/**
 * The voting page: a signed-in account that may vote sees its empty ballot at once; everybody else
 * the first step (the voting code), with the reason when the account cannot vote.
 */
export async function prepareBallot(
  deps: Deps,
  invocation: Invocation,
  input: { budget: string },
): Promise<BallotStep> {
  const budget = await votingBudget(deps, input.budget);
  const { db } = deps.database;
  const headings = await headingsOf(db, budget.id);
  const { actor } = invocation;
  let accountNote: string | undefined;
  let accountStatus: AccountRefusal | undefined;
  if (actor.kind === "user") {
    const found = await accountEligibility(db, deps, budget.id, actor.id);
    if (found.status === "ok") {
      const { heading, residence, hasBallot } = found;
      const { projects, limits } = await ballotOf(db, budget, heading);
      const choice = new Map<string, number>();
      const totals = ballotTotalsOf(limits, projects, choice);
      const ballot = { budget, heading, projects, choice, totals, residence, residenceFixed: hasBallot };
      return { page: "ballot", ballot, hasBallot: true, status: 200 };
    }
    accountNote = `budget.vote.account.${found.status}`;
    accountStatus = found.status;
  }
  return { page: "start", budget, headings, accountNote, accountStatus, status: 200 };
}

/** The first step of changing a ballot cast with a voting code: code and receipt. */
export async function prepareBallotChange(deps: Deps, input: { budget: string }): Promise<BallotStep> {
  return { page: "change", budget: await votingBudget(deps, input.budget), status: 200 };
}
