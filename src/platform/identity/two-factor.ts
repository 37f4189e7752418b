import { and, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "../db/database";
import type { RoleGrant } from "../permissions/permissions";
import { recoveryCodes, sessions, twoFactorCredentials } from "./schema";

/** Whether the account has an authenticator app set up (and confirmed with a first code). */
export async function hasTwoFactor(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: twoFactorCredentials.userId })
    .from(twoFactorCredentials)
    .where(and(eq(twoFactorCredentials.userId, userId), isNotNull(twoFactorCredentials.confirmedAt)));
  return row !== undefined;
}

/** Whether one of the account's global roles is among those that must use a second factor. */
export function roleRequiresTwoFactor(grants: readonly RoleGrant[], requiredRoles: readonly string[]): boolean {
  return grants.some((grant) => grant.scopeType === null && requiredRoles.includes(grant.role));
}

/**
 * Whether a session may do no more than set up the second factor: its account holds a role that
 * requires one, and the session has not passed one (nor set one up).
 */
export function mustEnrolFirst(
  session: { grants: readonly RoleGrant[]; secondFactorAt: Date | null },
  requiredRoles: readonly string[],
): boolean {
  return session.secondFactorAt === null && roleRequiresTwoFactor(session.grants, requiredRoles);
}

/** When the session passed the second factor, or null (also for an unknown session). */
export async function sessionSecondFactorAt(db: Executor, sessionIdHash: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sessions.secondFactorAt })
    .from(sessions)
    .where(eq(sessions.idHash, sessionIdHash));
  return row?.at ?? null;
}

/**
 * Takes the authenticator app and the recovery codes away from the account and ends all its
 * sessions: its next sign-in is with the password alone (and, where its role requires it, goes
 * straight to setting up a new app).
 */
export async function removeTwoFactor(db: Executor, userId: string): Promise<boolean> {
  const removed = await db
    .delete(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId))
    .returning({ userId: twoFactorCredentials.userId });
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.delete(sessions).where(eq(sessions.userId, userId));
  return removed.length > 0;
}
