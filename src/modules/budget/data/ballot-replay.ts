import { createHmac } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { isUuid } from "../../../platform/ids";
import type { Actor } from "../../../platform/permissions/permissions";
import { newLetterCode } from "../../../platform/security/letter-codes";
import { ensureSecret } from "../../../platform/security/secrets";
import type { RandomBytes } from "../../../platform/security/tokens";
import { budgetBallots } from "./schema";
import { accountVoterKey, codeVoterKey, VOTER_SECRET } from "./voter-key";
import { hashTypedCode } from "./voting-codes";

/**
 * Retries of a confirmation get the first answer back. The receipt is stored only as a hash, so it
 * cannot be read again; instead it is derived from a server secret, the voter and the form's
 * idempotency key. The same voter sending the same confirmation again gets the same receipt, while
 * nobody without the server secret can compute one (see docs/decisions, "Receipts derived per
 * confirmation").
 */
const RECEIPT_SECRET = "budget-receipt";
const RECEIPT_LENGTH = 16;
const idempotencyKeyPattern = /^[A-Za-z0-9_-]{16,64}$/;

/** The receipt of a confirmation: the same voter and key give the same receipt, 80 bits of the HMAC. */
export async function receiptFor(
  db: Executor,
  random: RandomBytes,
  budgetId: string,
  voterKey: string,
  idempotencyKey: string,
): Promise<string> {
  const secret = await ensureSecret(db, RECEIPT_SECRET, random);
  const bytes = createHmac("sha256", secret).update(`${budgetId}\n${voterKey}\n${idempotencyKey}`).digest();
  return newLetterCode((size) => bytes.subarray(0, size), RECEIPT_LENGTH);
}

/** What the receipt page of the first confirmation showed. */
export interface ReplayedBallot {
  receipt: string;
  replaced: boolean;
  headingId: string;
}

/** Who sends the confirmation, as far as it can be known without checking the code again. */
export interface ReplayProof {
  budgetId: string;
  code?: string;
  idempotencyKey: string;
}

async function voterKeyOf(db: Executor, random: RandomBytes, actor: Actor, proof: ReplayProof): Promise<string | null> {
  if (proof.code !== undefined) return codeVoterKey(hashTypedCode(proof.code));
  if (actor.kind !== "user") return null;
  return accountVoterKey(await ensureSecret(db, VOTER_SECRET, random), proof.budgetId, actor.id);
}

/**
 * The ballot this very confirmation (same voter, same key) stored already, with its receipt; null
 * when there is none, when it has been replaced by a later ballot since, or when it was stored with
 * a receipt that cannot be derived again.
 */
export async function replayedBallot(
  db: Executor,
  random: RandomBytes,
  actor: Actor,
  proof: ReplayProof,
): Promise<ReplayedBallot | null> {
  // Only what a confirmation form can carry is looked up (the input may not have passed validation).
  if (!idempotencyKeyPattern.test(proof.idempotencyKey) || !isUuid(proof.budgetId)) return null;
  const voterKey = await voterKeyOf(db, random, actor, proof);
  if (voterKey === null) return null;
  const [stored] = await db
    .select()
    .from(budgetBallots)
    .where(
      and(
        eq(budgetBallots.budgetId, proof.budgetId),
        eq(budgetBallots.voterKey, voterKey),
        eq(budgetBallots.idempotencyKey, proof.idempotencyKey),
      ),
    );
  if (!stored || stored.replacedAt !== null) return null;
  const receipt = await receiptFor(db, random, proof.budgetId, voterKey, proof.idempotencyKey);
  if (hashTypedCode(receipt) !== stored.receiptHash) return null;
  const [earlier] = await db
    .select({ id: budgetBallots.id })
    .from(budgetBallots)
    .where(
      and(
        eq(budgetBallots.budgetId, proof.budgetId),
        eq(budgetBallots.voterKey, voterKey),
        ne(budgetBallots.id, stored.id),
        // Casting replaces the earlier ballot at the very moment the new one is stored.
        eq(budgetBallots.replacedAt, stored.createdAt),
      ),
    )
    .limit(1);
  return { receipt, replaced: earlier !== undefined, headingId: stored.headingId };
}
