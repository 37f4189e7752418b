import { and, eq, isNull } from "drizzle-orm";
import { users } from "../../../platform/identity/schema";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Conflict, Forbidden, Invalid, NotFound } from "../../../platform/errors/errors";
import { ensureSecret } from "../../../platform/security/secrets";
import { defineUseCase, type Invocation } from "../../../platform/use-case/use-case";
import { ballotProjects, type HeadingRow } from "../data/queries";
import { budgetBallots, budgetHeadings, budgets, budgetVotingCodes } from "../data/schema";
import { accountVoterKey, codeVoterKey, VOTER_SECRET } from "../data/voter-key";
import { ballotTotals, hashCode, newVotingCode, normaliseCode, phaseOf } from "./ballot-rules";
import { changeRefusals, lookUpChange } from "./code-change";
import { type BallotInput, ballotInput } from "./inputs";
import { countWrongCode, lookUpCode, refuseIfBlocked } from "./voting-codes";

/** Where an account votes: the heading of the district in its profile, else a heading open to all. */
export function headingForDistrict(headings: readonly HeadingRow[], district: string | null): HeadingRow | null {
  return (
    headings.find((h) => district !== null && h.district === district) ??
    headings.find((h) => h.district === null) ??
    null
  );
}

export type AccountVoter =
  | { status: "ok"; heading: HeadingRow; voterKey: string }
  | { status: "unverified" | "noDistrict" | "noHeading" };

/** Whether a signed-in account may vote in this budget, and in which heading. */
export async function accountVoter(db: Executor, deps: Deps, budgetId: string, userId: string): Promise<AccountVoter> {
  const [user] = await db
    .select({ verified: users.emailVerifiedAt, district: users.district })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.verified) return { status: "unverified" };
  const headings = await db.select().from(budgetHeadings).where(eq(budgetHeadings.budgetId, budgetId));
  if (!user.district && headings.every((h) => h.district !== null)) return { status: "noDistrict" };
  const heading = headingForDistrict(headings, user.district);
  if (!heading) return { status: "noHeading" };
  const secret = await ensureSecret(db, VOTER_SECRET, deps.random);
  return { status: "ok", heading, voterKey: accountVoterKey(secret, budgetId, userId) };
}

const castBallotUseCase = defineUseCase({
  action: "budget.vote",
  input: ballotInput,
  // Per code or per account: retries of one voter are limited, many voters are not slowed down.
  rateLimit: (input, actor) => ({
    key: input.code
      ? `budget-ballot:code:${hashCode(normaliseCode(input.code))}`
      : `budget-ballot:${actor.kind === "user" ? actor.id : "guest"}`,
    rule: { limit: 30, windowSeconds: 60 },
  }),
  run: async ({ tx, now, deps, actor }, input) => {
    const [budget] = await tx.select().from(budgets).where(eq(budgets.id, input.budgetId));
    if (!budget) throw new NotFound("budget.errors.notFound");
    if (phaseOf(budget, now) !== "voting") throw new Conflict("budget.vote.closed");

    // A retry of a submission that was already recorded: refused, nothing changes.
    const [earlier] = await tx
      .select({ id: budgetBallots.id })
      .from(budgetBallots)
      .where(and(eq(budgetBallots.budgetId, budget.id), eq(budgetBallots.idempotencyKey, input.idempotencyKey)));
    if (earlier) throw new Conflict("budget.vote.duplicate");

    let headingId: string;
    let voterKey: string;
    let codeHash: string | null = null;
    if (input.code !== undefined && input.receipt !== undefined) {
      // A change: the code is used already; its current ballot's receipt proves the voter.
      const found = await lookUpChange(tx, budget.id, input.code, input.receipt, true);
      if (found.status !== "ok") throw new Invalid("errors.invalidInput", [changeRefusals[found.status]]);
      headingId = found.headingId;
      voterKey = codeVoterKey(found.codeHash);
    } else if (input.code !== undefined) {
      const found = await lookUpCode(tx, budget.id, input.code, true);
      if (found.status !== "ok") {
        if (found.status === "used") throw new Conflict("budget.vote.codeUsed");
        const message = found.status === "malformed" ? "budget.vote.codeFormat" : "budget.vote.codeUnknown";
        throw new Invalid("errors.invalidInput", [{ path: "code", message }]);
      }
      headingId = found.headingId;
      codeHash = found.codeHash;
      voterKey = codeVoterKey(found.codeHash);
    } else {
      if (actor.kind !== "user") throw new Forbidden("budget.vote.needCode");
      const voter = await accountVoter(tx, deps, budget.id, actor.id);
      if (voter.status !== "ok") throw new Forbidden(`budget.vote.account.${voter.status}`);
      headingId = voter.heading.id;
      voterKey = voter.voterKey;
    }
    const [heading] = await tx.select().from(budgetHeadings).where(eq(budgetHeadings.id, headingId));
    if (!heading) throw new NotFound("budget.errors.notFound");

    const projects = await ballotProjects(tx, heading.id);
    const onBallot = new Set(projects.map((p) => p.id));
    for (const choice of input.choices) {
      if (!onBallot.has(choice.projectId))
        throw new Invalid("budget.vote.otherDistrict", [{ path: "choices", message: "budget.vote.otherDistrict" }]);
    }
    const totals = ballotTotals(
      {
        ballotType: budget.ballotType === "points" ? "points" : "approval",
        maxProjects: budget.maxProjects,
        knapsack: budget.knapsack,
        pointsTotal: budget.pointsTotal,
        amount: heading.amount,
      },
      projects.map((p) => ({ id: p.id, cost: p.officialCost ?? p.estimatedCost })),
      new Map(input.choices.map((c) => [c.projectId, c.points])),
    );
    if (totals.problems.length > 0) {
      throw new Invalid(
        totals.problems[0] as string,
        totals.problems.map((message) => ({ path: "choices", message })),
      );
    }
    if (totals.count === 0)
      throw new Invalid("budget.ballot.empty", [{ path: "choices", message: "budget.ballot.empty" }]);

    if (codeHash) {
      const used = await tx
        .update(budgetVotingCodes)
        .set({ usedAt: now })
        .where(and(eq(budgetVotingCodes.codeHash, codeHash), isNull(budgetVotingCodes.usedAt)))
        .returning({ codeHash: budgetVotingCodes.codeHash });
      if (used.length === 0) throw new Conflict("budget.vote.codeUsed");
    }
    // Replace the voter's current ballot in the same transaction: afterwards there is exactly one.
    const replaced = await tx
      .update(budgetBallots)
      .set({ replacedAt: now })
      .where(
        and(
          eq(budgetBallots.budgetId, budget.id),
          eq(budgetBallots.voterKey, voterKey),
          isNull(budgetBallots.replacedAt),
        ),
      )
      .returning({ id: budgetBallots.id });
    const receipt = newVotingCode(deps.random);
    const inserted = await tx
      .insert(budgetBallots)
      .values({
        budgetId: budget.id,
        headingId: heading.id,
        voterKey,
        choices: totals.chosen,
        receiptHash: hashCode(normaliseCode(receipt)),
        idempotencyKey: input.idempotencyKey,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: budgetBallots.id });
    // Another submission of the same voter or form won the race: this one changes nothing.
    if (inserted.length === 0) throw new Conflict("budget.vote.duplicate");
    return {
      result: { receipt, replaced: replaced.length > 0, headingId: heading.id },
      // The audit entry says that a ballot was cast, never for what.
      audit: {
        action: replaced.length > 0 ? "budget.ballot.replace" : "budget.ballot.cast",
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
        (i.path === "code" && i.message === changeRefusals.codeUnknown.message) ||
        (i.path === "receipt" && i.message === changeRefusals.wrongPair.message),
    )
  );
}

/**
 * Casts (or replaces) a ballot. With a voting code, an address that typed too many wrong codes (or
 * wrong code/receipt pairs) is refused before anything is looked up, and every wrong one is counted.
 */
export async function castBallot(
  deps: Deps,
  invocation: Invocation,
  input: BallotInput,
): Promise<{ receipt: string; replaced: boolean; headingId: string }> {
  const clientAddress = input.clientAddress ?? "unknown";
  if (input.code !== undefined) await refuseIfBlocked(deps.database.db, clientAddress, deps.clock());
  try {
    return await castBallotUseCase(deps, invocation, input);
  } catch (error) {
    if (isWrongCode(error)) await countWrongCode(deps, clientAddress, deps.clock());
    throw error;
  }
}

/**
 * The first step of voting with a code: is the code valid for this budget? Wrong codes count
 * against the address like wrong ballots do. Returns the heading the code votes in.
 */
export async function checkVotingCode(
  deps: Deps,
  input: { budgetId: string; code: string; clientAddress: string },
): Promise<{ status: "ok"; headingId: string } | { status: "malformed" | "unknown" | "used" }> {
  const now = deps.clock();
  await refuseIfBlocked(deps.database.db, input.clientAddress, now);
  const found = await lookUpCode(deps.database.db, input.budgetId, input.code);
  if (found.status === "unknown" || found.status === "malformed") await countWrongCode(deps, input.clientAddress, now);
  if (found.status === "ok") return { status: "ok", headingId: found.headingId };
  return { status: found.status };
}
