import { and, count, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { hmac } from "../../../platform/security/tokens";
import type { Residence, ResidenceSource } from "../domain/eligibility";
import {
  budgetBallots,
  budgetEligibilityEntries,
  budgetEligibilityLists,
  budgetResidences,
  budgets,
  budgetVerificationCodes,
} from "./schema";
import { canonicalCode, hashCode } from "./voting-codes";

/** Where a voter votes in a budget (declared or verified), or null. */
export async function readResidence(
  db: Executor,
  budgetId: string,
  voterKey: string,
  forUpdate = false,
): Promise<Residence | null> {
  const query = db
    .select({
      headingId: budgetResidences.headingId,
      source: budgetResidences.source,
      validUntil: budgetResidences.validUntil,
    })
    .from(budgetResidences)
    .where(and(eq(budgetResidences.budgetId, budgetId), eq(budgetResidences.voterKey, voterKey)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ? { headingId: row.headingId, source: row.source as ResidenceSource, validUntil: row.validUntil } : null;
}

/** The heading of the voter's current ballot: a cast ballot fixes where the voter votes. */
export async function currentBallotHeading(db: Executor, budgetId: string, voterKey: string): Promise<string | null> {
  const [row] = await db
    .select({ headingId: budgetBallots.headingId })
    .from(budgetBallots)
    .where(
      and(eq(budgetBallots.budgetId, budgetId), eq(budgetBallots.voterKey, voterKey), isNull(budgetBallots.replacedAt)),
    );
  return row?.headingId ?? null;
}

/** Stores (or replaces) where a voter votes in a budget. */
export async function saveResidence(
  db: Executor,
  row: { budgetId: string; voterKey: string; headingId: string; source: ResidenceSource; validUntil: Date | null },
  now: Date,
): Promise<void> {
  await db
    .insert(budgetResidences)
    .values({ ...row, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [budgetResidences.budgetId, budgetResidences.voterKey],
      set: { headingId: row.headingId, source: row.source, validUntil: row.validUntil, updatedAt: now },
    });
}

/** Every residence of the given voter keys (one per budget), for "download my data". */
export async function residencesOfKeys(db: Executor, keys: readonly string[]) {
  if (keys.length === 0) return [];
  return db
    .select({
      budgetId: budgetResidences.budgetId,
      headingId: budgetResidences.headingId,
      source: budgetResidences.source,
      validUntil: budgetResidences.validUntil,
      updatedAt: budgetResidences.updatedAt,
    })
    .from(budgetResidences)
    .where(inArray(budgetResidences.voterKey, [...keys]));
}

/** Removes the residences of the given voter keys (account deletion). */
export async function deleteResidencesOfKeys(db: Executor, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.delete(budgetResidences).where(inArray(budgetResidences.voterKey, [...keys]));
}

// Verification letters -----------------------------------------------------------------------------

export async function nextVerificationBatch(db: Executor, budgetId: string): Promise<number> {
  const [last] = await db
    .select({ n: sql<number>`coalesce(max(${budgetVerificationCodes.batch}), 0)::int` })
    .from(budgetVerificationCodes)
    .where(eq(budgetVerificationCodes.budgetId, budgetId));
  return Number(last?.n ?? 0) + 1;
}

/** Stores the hashes of a batch of verification codes. */
export async function insertVerificationCodes(
  db: Executor,
  batch: { budgetId: string; headingId: string; batch: number; createdAt: Date },
  codes: readonly string[],
): Promise<void> {
  for (let i = 0; i < codes.length; i += 500) {
    await db.insert(budgetVerificationCodes).values(
      codes.slice(i, i + 500).map((code) => ({
        codeHash: hashCode(canonicalCode(code) ?? code),
        budgetId: batch.budgetId,
        headingId: batch.headingId,
        batch: batch.batch,
        createdAt: batch.createdAt,
      })),
    );
  }
}

export type VerificationLookup =
  | { status: "ok"; codeHash: string; headingId: string }
  | { status: "malformed" | "unknown" | "used" };

/** Looks a typed verification code up (locking it); a used one is refused. */
export async function lookUpVerificationCode(
  db: Executor,
  budgetId: string,
  typed: string,
): Promise<VerificationLookup> {
  const canonical = canonicalCode(typed);
  if (canonical === null) return { status: "malformed" };
  const codeHash = hashCode(canonical);
  const [row] = await db
    .select()
    .from(budgetVerificationCodes)
    .where(and(eq(budgetVerificationCodes.codeHash, codeHash), eq(budgetVerificationCodes.budgetId, budgetId)))
    .for("update");
  if (!row) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  return { status: "ok", codeHash, headingId: row.headingId };
}

export async function markVerificationCodeUsed(db: Executor, codeHash: string, now: Date): Promise<boolean> {
  const used = await db
    .update(budgetVerificationCodes)
    .set({ usedAt: now })
    .where(and(eq(budgetVerificationCodes.codeHash, codeHash), isNull(budgetVerificationCodes.usedAt)))
    .returning({ codeHash: budgetVerificationCodes.codeHash });
  return used.length > 0;
}

/** Letters sent and codes redeemed, per heading. */
export async function verificationCodeCounts(
  db: Executor,
  budgetId: string,
): Promise<Map<string, { issued: number; redeemed: number }>> {
  const rows = await db
    .select({
      headingId: budgetVerificationCodes.headingId,
      issued: count(),
      redeemed: sql<number>`count(${budgetVerificationCodes.usedAt})::int`,
    })
    .from(budgetVerificationCodes)
    .where(eq(budgetVerificationCodes.budgetId, budgetId))
    .groupBy(budgetVerificationCodes.headingId);
  return new Map(rows.map((r) => [r.headingId, { issued: Number(r.issued), redeemed: Number(r.redeemed) }]));
}

// The eligibility list ------------------------------------------------------------------------------

/** The hash stored for a person's normalised line: HMAC-SHA-256 keyed with the budget's salt. */
export function entryHash(salt: string, key: string): string {
  return hmac(salt, key);
}

/** The budget's list salt, made (with `newSalt`) when the first list is uploaded. */
export async function listSalt(db: Executor, budgetId: string, newSalt?: string, now?: Date): Promise<string | null> {
  if (newSalt && now)
    await db
      .insert(budgetEligibilityLists)
      .values({ budgetId, salt: newSalt, uploadedAt: now })
      .onConflictDoUpdate({ target: budgetEligibilityLists.budgetId, set: { uploadedAt: now } });
  const [row] = await db
    .select({ salt: budgetEligibilityLists.salt })
    .from(budgetEligibilityLists)
    .where(eq(budgetEligibilityLists.budgetId, budgetId));
  return row?.salt ?? null;
}

/**
 * Replaces a heading's list: entries not yet used go, the new ones come; an entry that already bound
 * an account stays used (it cannot bind a second one).
 */
export async function replaceHeadingEntries(
  db: Executor,
  budgetId: string,
  headingId: string,
  hashes: readonly string[],
): Promise<void> {
  await db
    .delete(budgetEligibilityEntries)
    .where(
      and(
        eq(budgetEligibilityEntries.budgetId, budgetId),
        eq(budgetEligibilityEntries.headingId, headingId),
        isNull(budgetEligibilityEntries.usedAt),
      ),
    );
  for (let i = 0; i < hashes.length; i += 1000) {
    await db
      .insert(budgetEligibilityEntries)
      .values(hashes.slice(i, i + 1000).map((entryHash) => ({ budgetId, entryHash, headingId })))
      .onConflictDoNothing();
  }
}

export type ListMatch = { status: "ok"; headingId: string } | { status: "noMatch" | "used" };

/** Finds (and locks) a list entry by its hash. */
export async function matchListEntry(db: Executor, budgetId: string, hash: string): Promise<ListMatch> {
  const [row] = await db
    .select({ headingId: budgetEligibilityEntries.headingId, usedAt: budgetEligibilityEntries.usedAt })
    .from(budgetEligibilityEntries)
    .where(and(eq(budgetEligibilityEntries.budgetId, budgetId), eq(budgetEligibilityEntries.entryHash, hash)))
    .for("update");
  if (!row) return { status: "noMatch" };
  if (row.usedAt) return { status: "used" };
  return { status: "ok", headingId: row.headingId };
}

export async function markListEntryUsed(db: Executor, budgetId: string, hash: string, now: Date): Promise<void> {
  await db
    .update(budgetEligibilityEntries)
    .set({ usedAt: now })
    .where(and(eq(budgetEligibilityEntries.budgetId, budgetId), eq(budgetEligibilityEntries.entryHash, hash)));
}

/** People on the list and accounts bound with it, per heading. */
export async function listCounts(
  db: Executor,
  budgetId: string,
): Promise<Map<string, { listed: number; bound: number }>> {
  const rows = await db
    .select({
      headingId: budgetEligibilityEntries.headingId,
      listed: count(),
      bound: sql<number>`count(${budgetEligibilityEntries.usedAt})::int`,
    })
    .from(budgetEligibilityEntries)
    .where(eq(budgetEligibilityEntries.budgetId, budgetId))
    .groupBy(budgetEligibilityEntries.headingId);
  return new Map(rows.map((r) => [r.headingId, { listed: Number(r.listed), bound: Number(r.bound) }]));
}

/**
 * Deletes the eligibility lists (salt and every hash) and the unused verification codes of every
 * budget whose voting has ended. Returns how many lists went.
 */
export async function purgeEndedEligibility(db: Executor, now: Date): Promise<number> {
  const ended = db.select({ id: budgets.id }).from(budgets).where(lte(budgets.resultsStart, now));
  const lists = await db
    .delete(budgetEligibilityLists)
    .where(inArray(budgetEligibilityLists.budgetId, ended))
    .returning({ budgetId: budgetEligibilityLists.budgetId });
  await db
    .delete(budgetVerificationCodes)
    .where(and(inArray(budgetVerificationCodes.budgetId, ended), isNull(budgetVerificationCodes.usedAt)));
  return lists.length;
}

/** Whether any budget whose voting ended still holds a list or unused verification codes. */
export async function endedEligibilityLeft(db: Executor, now: Date): Promise<boolean> {
  const ended = db.select({ id: budgets.id }).from(budgets).where(lte(budgets.resultsStart, now));
  const [list] = await db
    .select({ id: budgetEligibilityLists.budgetId })
    .from(budgetEligibilityLists)
    .where(inArray(budgetEligibilityLists.budgetId, ended))
    .limit(1);
  if (list) return true;
  const [code] = await db
    .select({ id: budgetVerificationCodes.codeHash })
    .from(budgetVerificationCodes)
    .where(and(inArray(budgetVerificationCodes.budgetId, ended), isNull(budgetVerificationCodes.usedAt)))
    .limit(1);
  return Boolean(code);
}

/** Whether a budget still holds an eligibility list. */
export async function hasEligibilityList(db: Executor, budgetId: string): Promise<boolean> {
  return (await listSalt(db, budgetId)) !== null;
}
