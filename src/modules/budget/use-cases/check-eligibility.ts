import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Forbidden, NotFound, Unauthenticated } from "../../../platform/errors/errors";
import { readVoterAccount } from "../../../platform/identity/voter-account";
import type { Actor } from "../../../platform/permissions/permissions";
import { ensureSecret } from "../../../platform/security/secrets";
import { currentBallotHeading, readResidence } from "../data/eligibility";
import { type BudgetRow, findBudgetById, type HeadingRow, headingsOf } from "../data/queries";
import { accountVoterKey, VOTER_SECRET } from "../data/voter-key";
import { accountHeading, type Eligibility, eligibilityOf, type Residence } from "../domain/eligibility";
import type { AccountRefusal } from "../domain/voters";

/**
 * Whether a signed-in account may vote in a budget, and in which heading, under the budget's
 * eligibility: confirmed e-mail first, then the mode (codes only, declared residence, verified by
 * letter or list). The ballot pages, casting the ballot and the eligibility actions all ask here.
 */

/** What the eligibility rules need to know about one account in one budget. */
export interface AccountVoterState {
  budget: BudgetRow;
  mode: Eligibility;
  headings: HeadingRow[];
  verified: boolean;
  voterKey: string;
  residence: Residence | null;
  /** The heading of the account's current ballot here, if it has one. */
  ballotHeadingId: string | null;
}

export async function accountVoterState(
  db: Executor,
  deps: Deps,
  budgetId: string,
  userId: string,
  forUpdate = false,
): Promise<AccountVoterState> {
  const budget = await findBudgetById(db, budgetId);
  if (!budget) throw new NotFound("budget.errors.notFound");
  const user = await readVoterAccount(db, userId);
  const headings = await headingsOf(db, budgetId);
  const secret = await ensureSecret(db, VOTER_SECRET, deps.random);
  const voterKey = accountVoterKey(secret, budgetId, userId);
  return {
    budget,
    mode: eligibilityOf(budget.eligibility),
    headings,
    verified: Boolean(user?.verified),
    voterKey,
    residence: await readResidence(db, budgetId, voterKey, forUpdate),
    ballotHeadingId: await currentBallotHeading(db, budgetId, voterKey),
  };
}

/** The signed-in, confirmed account of an eligibility action; anybody else is refused. */
export async function confirmedAccountState(
  db: Executor,
  deps: Deps,
  budgetId: string,
  actor: Actor,
): Promise<AccountVoterState> {
  if (actor.kind !== "user") throw new Unauthenticated("errors.unauthenticated");
  const state = await accountVoterState(db, deps, budgetId, actor.id, true);
  if (!state.verified) throw new Forbidden("budget.vote.account.unverified");
  return state;
}

export type AccountEligibilityLookup =
  | { status: "ok"; heading: HeadingRow; voterKey: string; residence: Residence | null; hasBallot: boolean }
  | { status: AccountRefusal };

export async function accountEligibility(
  db: Executor,
  deps: Deps,
  budgetId: string,
  userId: string,
  forUpdate = false,
): Promise<AccountEligibilityLookup> {
  const state = await accountVoterState(db, deps, budgetId, userId, forUpdate);
  if (state.mode !== "codes_only" && !state.verified) return { status: "unverified" };
  const found = accountHeading(state.mode, state.headings, state.residence, state.ballotHeadingId, deps.clock());
  if (found.status !== "ok") return found;
  return {
    status: "ok",
    heading: found.heading,
    voterKey: state.voterKey,
    residence: state.residence,
    hasBallot: state.ballotHeadingId !== null,
  };
}

/**
 * The page to change a declaration: the budget's choices, the current one, and whether a ballot
 * has fixed it. Only for confirmed accounts in a budget that asks for a declaration while voting runs.
 */
export async function showDeclaration(
  deps: Deps,
  actor: Actor,
  budgetId: string,
): Promise<{ budget: BudgetRow; headings: HeadingRow[]; current?: string; fixed: boolean }> {
  const { db } = deps.database;
  if (actor.kind !== "user") throw new Unauthenticated("errors.unauthenticated");
  const state = await accountVoterState(db, deps, budgetId, actor.id);
  if (!state.verified) throw new Forbidden("budget.vote.account.unverified");
  if (state.mode !== "self_declared") throw new NotFound("budget.errors.notFound");
  const current = state.residence?.source === "declared" ? state.residence.headingId : undefined;
  return { budget: state.budget, headings: state.headings, current, fixed: state.ballotHeadingId !== null };
}
