import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { budgetBallots } from "../data/schema";
import { codeVoterKey } from "../data/voter-key";
import { codePattern, hashCode, normaliseCode } from "./ballot-rules";
import { countWrongCode, lookUpCode, refuseIfBlocked } from "./voting-codes";

/**
 * Changing a ballot cast with a voting code. The code alone is used up after confirming, so a
 * second secret proves that the person changing is the one who voted: the receipt of the code's
 * current ballot. Someone who only found the letter cannot change the vote.
 */
export type ChangeLookup =
  | { status: "ok"; codeHash: string; headingId: string }
  | { status: "codeMalformed" | "codeUnknown" | "receiptMalformed" | "notVotedYet" | "wrongPair" | "receiptReplaced" };

/** Message key and field of each refusal; the same words on every step and in the use case. */
export const changeRefusals: Record<
  Exclude<ChangeLookup["status"], "ok">,
  { path: "code" | "receipt"; message: string }
> = {
  codeMalformed: { path: "code", message: "budget.vote.codeFormat" },
  codeUnknown: { path: "code", message: "budget.vote.codeUnknown" },
  receiptMalformed: { path: "receipt", message: "budget.change.receiptFormat" },
  notVotedYet: { path: "code", message: "budget.change.notVotedYet" },
  wrongPair: { path: "receipt", message: "budget.change.wrongPair" },
  receiptReplaced: { path: "receipt", message: "budget.change.receiptReplaced" },
};

/** Refusals that may be guesses; they count against the address like wrong codes. */
export function isGuess(status: ChangeLookup["status"]): boolean {
  return status === "codeUnknown" || status === "codeMalformed" || status === "wrongPair";
}

export async function lookUpChange(
  db: Executor,
  budgetId: string,
  typedCode: string,
  typedReceipt: string,
  forUpdate = false,
): Promise<ChangeLookup> {
  const code = await lookUpCode(db, budgetId, typedCode, forUpdate);
  if (code.status === "malformed" || code.status === "unknown")
    return { status: code.status === "malformed" ? "codeMalformed" : "codeUnknown" };
  const receipt = normaliseCode(typedReceipt);
  if (!codePattern.test(receipt)) return { status: "receiptMalformed" };
  if (code.status !== "used") return { status: "notVotedYet" };
  const voterKey = codeVoterKey(code.codeHash);
  const query = db
    .select({ replacedAt: budgetBallots.replacedAt })
    .from(budgetBallots)
    .where(
      and(
        eq(budgetBallots.budgetId, budgetId),
        eq(budgetBallots.voterKey, voterKey),
        eq(budgetBallots.receiptHash, hashCode(receipt)),
      ),
    );
  const [ballot] = forUpdate ? await query.for("update") : await query;
  if (!ballot) return { status: "wrongPair" };
  // An older receipt of the same code: the voter, but the newest receipt is the one that counts.
  if (ballot.replacedAt) return { status: "receiptReplaced" };
  return { status: "ok", codeHash: code.codeHash, headingId: code.headingId };
}

/**
 * The first step of changing: do code and receipt belong together? Guesses count against the
 * address like wrong codes, and a blocked address is refused before anything is looked up.
 */
export async function checkBallotChange(
  deps: Deps,
  input: { budgetId: string; code: string; receipt: string; clientAddress: string },
): Promise<ChangeLookup> {
  const now = deps.clock();
  await refuseIfBlocked(deps.database.db, input.clientAddress, now);
  const found = await lookUpChange(deps.database.db, input.budgetId, input.code, input.receipt);
  if (isGuess(found.status)) await countWrongCode(deps, input.clientAddress, now);
  return found;
}
