import { and, count, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { recoveryCodes, sessions, twoFactorCredentials } from "../../../platform/identity/schema";
import { normaliseLetterCode } from "../../../platform/security/letter-codes";
import { hashToken } from "../../../platform/security/tokens";

/**
 * How a recovery code is stored: the SHA-256 of its canonical form (80 random bits each, so a hash
 * cannot be turned back into the code by trying).
 */
export function recoveryCodeHash(code: string): string {
  return hashToken(`recovery:${normaliseLetterCode(code)}`);
}

export interface StoredCredential {
  secretSealed: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

export async function findCredential(db: Executor, userId: string): Promise<StoredCredential | null> {
  const [row] = await db
    .select({
      secretSealed: twoFactorCredentials.secretSealed,
      confirmedAt: twoFactorCredentials.confirmedAt,
      lastUsedStep: twoFactorCredentials.lastUsedStep,
    })
    .from(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId));
  return row ?? null;
}

/** Stores a new, unconfirmed secret, replacing an earlier unconfirmed one. */
export async function saveUnconfirmedCredential(
  db: Executor,
  userId: string,
  secretSealed: string,
  now: Date,
): Promise<void> {
  await db
    .insert(twoFactorCredentials)
    .values({ userId, secretSealed, createdAt: now })
    .onConflictDoUpdate({
      target: twoFactorCredentials.userId,
      set: { secretSealed, createdAt: now, confirmedAt: null, lastUsedStep: null },
      where: isNull(twoFactorCredentials.confirmedAt),
    });
}

export async function confirmCredential(db: Executor, userId: string, step: number, now: Date): Promise<void> {
  await db
    .update(twoFactorCredentials)
    .set({ confirmedAt: now, lastUsedStep: step })
    .where(eq(twoFactorCredentials.userId, userId));
}

/**
 * Records that the code of `step` was used, unless a code of this step or a later one was used
 * already (two requests with the same code at once: exactly one wins).
 */
export async function claimStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(twoFactorCredentials)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(twoFactorCredentials.userId, userId),
        or(isNull(twoFactorCredentials.lastUsedStep), lt(twoFactorCredentials.lastUsedStep, step)),
      ),
    )
    .returning({ userId: twoFactorCredentials.userId });
  return rows.length > 0;
}

export async function replaceRecoveryCodes(db: Executor, userId: string, codeHashes: string[], now: Date) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codeHashes.length > 0) {
    await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
  }
}

/** Marks an unused recovery code of the account as used; false when there is none with that hash. */
export async function useRecoveryCode(db: Executor, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function unusedRecoveryCodeCount(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Notes on a session that it passed the second factor (or set it up) at `now`. */
export async function markSessionSecondFactor(db: Executor, sessionIdHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.idHash, sessionIdHash));
}

/** Forgets that the account's sessions passed a second factor (it was just switched off). */
export async function clearSessionsSecondFactor(db: Executor, userId: string): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: null }).where(eq(sessions.userId, userId));
}

export async function deleteCredential(db: Executor, userId: string): Promise<void> {
  await db.delete(twoFactorCredentials).where(eq(twoFactorCredentials.userId, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}
