import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { isLetterCode, newLetterCode, normaliseLetterCode } from "../../../platform/security/letter-codes";
import type { RandomBytes } from "../../../platform/security/tokens";
import type { CodeRefusal } from "../domain/voters";
import { budgetBallots, budgetVotingCodes } from "./schema";
import { codeVoterKey } from "./voter-key";

/** Voting codes and receipts: 16 characters of base 32 = 80 random bits, grouped as XXXX-XXXX-XXXX-XXXX. */
const CODE_LENGTH = 16;

export function newVotingCode(random: RandomBytes): string {
  return newLetterCode(random, CODE_LENGTH);
}

/** What a person typed, in canonical form; null when it cannot be a code. */
export function canonicalCode(typed: string): string | null {
  const canonical = normaliseLetterCode(typed);
  return isLetterCode(canonical, CODE_LENGTH) ? canonical : null;
}

/** Codes and receipts are stored only as SHA-256 hashes of their canonical form. */
export function hashCode(canonical: string): string {
  return createHash("sha256").update(canonical).digest("hex");
}

/** The stored hash of a code as typed (in canonical form, whether or not it can be a code). */
export function hashTypedCode(typed: string): string {
  return hashCode(normaliseLetterCode(typed));
}

export type CodeLookup =
  | { status: "ok"; codeHash: string; headingId: string }
  | { status: "codeMalformed" | "codeUnknown" }
  | { status: "codeUsed"; codeHash: string; headingId: string };

export async function lookUpCode(
  db: Executor,
  budgetId: string,
  typed: string,
  forUpdate = false,
): Promise<CodeLookup> {
  const canonical = canonicalCode(typed);
  if (canonical === null) return { status: "codeMalformed" };
  const codeHash = hashCode(canonical);
  const query = db
    .select()
    .from(budgetVotingCodes)
    .where(and(eq(budgetVotingCodes.codeHash, codeHash), eq(budgetVotingCodes.budgetId, budgetId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) return { status: "codeUnknown" };
  if (row.usedAt) return { status: "codeUsed", codeHash, headingId: row.headingId };
  return { status: "ok", codeHash, headingId: row.headingId };
}

/**
 * Changing a ballot cast with a voting code. The code alone is used up after confirming, so a
 * second secret proves that the person changing is the one who voted: the receipt of the code's
 * current ballot. Someone who only found the letter cannot change the vote.
 */
export type ChangeLookup =
  | { status: "ok"; codeHash: string; headingId: string }
  | { status: Exclude<CodeRefusal, "codeUsed"> };

export async function lookUpChange(
  db: Executor,
  budgetId: string,
  typedCode: string,
  typedReceipt: string,
  forUpdate = false,
): Promise<ChangeLookup> {
  const code = await lookUpCode(db, budgetId, typedCode, forUpdate);
  if (code.status === "codeMalformed" || code.status === "codeUnknown") return { status: code.status };
  const receipt = canonicalCode(typedReceipt);
  if (receipt === null) return { status: "receiptMalformed" };
  if (code.status !== "codeUsed") return { status: "notVotedYet" };
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

/** Marks a fresh code used; false when another submission used it first. */
export async function markCodeUsed(db: Executor, codeHash: string, now: Date): Promise<boolean> {
  const used = await db
    .update(budgetVotingCodes)
    .set({ usedAt: now })
    .where(and(eq(budgetVotingCodes.codeHash, codeHash), isNull(budgetVotingCodes.usedAt)))
    .returning({ codeHash: budgetVotingCodes.codeHash });
  return used.length > 0;
}

/** The number the next batch of codes of a budget gets. */
export async function nextCodeBatch(db: Executor, budgetId: string): Promise<number> {
  const [last] = await db
    .select({ n: sql<number>`coalesce(max(${budgetVotingCodes.batch}), 0)::int` })
    .from(budgetVotingCodes)
    .where(eq(budgetVotingCodes.budgetId, budgetId));
  return Number(last?.n ?? 0) + 1;
}

/** Stores the hashes of a batch of codes (in chunks, so a big batch stays one transaction of small statements). */
export async function insertCodes(
  db: Executor,
  batch: { budgetId: string; headingId: string; batch: number; createdAt: Date },
  codes: readonly string[],
): Promise<void> {
  for (let i = 0; i < codes.length; i += 500) {
    await db.insert(budgetVotingCodes).values(
      codes.slice(i, i + 500).map((code) => ({
        codeHash: hashTypedCode(code),
        budgetId: batch.budgetId,
        headingId: batch.headingId,
        batch: batch.batch,
        createdAt: batch.createdAt,
      })),
    );
  }
}
