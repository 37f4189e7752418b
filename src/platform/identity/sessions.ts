import { eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import { isLocale } from "../i18n/i18n";
import type { RoleGrant } from "../permissions/permissions";
import { hashToken, newToken, type RandomBytes } from "../security/tokens";
import { roleAssignments, sessions, users } from "./schema";

/** A session ends after 2 hours without a request, and 12 hours after login at the latest. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Don't write "last seen" on every request: once a minute is precise enough for the idle timeout. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * Starts a session. `secondFactorAt` is the moment the sign-in passed the second factor; leave it out
 * for a sign-in with the password alone.
 */
export async function createSession(
  db: Executor,
  userId: string,
  now: Date,
  random: RandomBytes,
  options: { secondFactorAt?: Date } = {},
): Promise<string> {
  const token = newToken(random, 16);
  await db.insert(sessions).values({
    idHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    secondFactorAt: options.secondFactorAt ?? null,
  });
  return token;
}

export interface SessionUser {
  idHash: string;
  user: {
    id: string;
    email: string | null;
    displayName: string;
    locale: "de" | "en";
    emailVerified: boolean;
  };
  grants: RoleGrant[];
  /** When this session passed the second factor (or set it up); null for the password alone. */
  secondFactorAt: Date | null;
}

/** Finds the live session for a cookie value; expired sessions are removed on sight. */
export async function readSession(db: Executor, token: string, now: Date): Promise<SessionUser | null> {
  const idHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  if (!row || row.user.deletedAt) return null;
  const idleExpired = now.getTime() - row.session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idleExpired || row.session.expiresAt <= now) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  const grants = await db
    .select({ role: roleAssignments.role, scopeType: roleAssignments.scopeType, scopeId: roleAssignments.scopeId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, row.user.id));
  return {
    idHash,
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      locale: isLocale(row.user.locale) ? row.user.locale : "de",
      emailVerified: row.user.emailVerifiedAt !== null,
    },
    grants: [{ role: "resident", scopeType: null, scopeId: null }, ...grants],
    secondFactorAt: row.session.secondFactorAt,
  };
}

export async function destroySession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function destroyAllSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
