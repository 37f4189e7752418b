import { eq, inArray, sql } from "drizzle-orm";
import { readPerTurn } from "../cache/reads-per-turn";
import type { Db, Executor } from "../db/database";
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
  /** The session's absolute end. */
  expiresAt: Date;
}

/**
 * Sessions with their accounts and roles, one query for every session asked for in the same turn
 * (many people sending a form at the same moment each need theirs), in the order of the hashes.
 */
const sessionRows = readPerTurn(async (db, idHashes: readonly string[]) => {
  const rows = await db
    .select({
      session: sessions,
      user: users,
      grants: sql<RoleGrant[]>`
        coalesce((select json_agg(json_build_object('role', ${roleAssignments.role}, 'scopeType', ${roleAssignments.scopeType},
          'scopeId', ${roleAssignments.scopeId})) from ${roleAssignments} where ${roleAssignments.userId} = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(inArray(sessions.idHash, [...idHashes]));
  const byHash = new Map(rows.map((row) => [row.session.idHash, row]));
  return idHashes.map((idHash) => byHash.get(idHash));
});

/** Finds the live session for a cookie value; expired sessions are removed on sight. */
export async function readSession(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const idHash = hashToken(token);
  const row = await sessionRows(db, idHash);
  if (!row || row.user.deletedAt) return null;
  const idleExpired = now.getTime() - row.session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idleExpired || row.session.expiresAt <= now) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  return {
    idHash,
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      locale: isLocale(row.user.locale) ? row.user.locale : "de",
      emailVerified: row.user.emailVerifiedAt !== null,
    },
    grants: [{ role: "resident", scopeType: null, scopeId: null }, ...row.grants],
    secondFactorAt: row.session.secondFactorAt,
    expiresAt: row.session.expiresAt,
  };
}

/**
 * How long a process may keep a session it read, at most. Within that time the identity change
 * counter decides: a logout, an account changed or deleted, a role granted or revoked — by any
 * process — counts it up, and an entry read at another count is never used. Short enough that
 * "last seen" is still written once a minute (a fresh read writes it).
 */
export const SESSION_CACHE_MS = 5_000;
const MAX_CACHED_SESSIONS = 50_000;

interface CachedSession {
  session: SessionUser;
  identity: number;
  readAt: number;
}

const sessionCaches = new WeakMap<object, Map<string, CachedSession>>();

function sessionCacheOf(db: object): Map<string, CachedSession> {
  let cache = sessionCaches.get(db);
  if (!cache) {
    cache = new Map();
    sessionCaches.set(db, cache);
  }
  return cache;
}

/**
 * The live session for a cookie value, kept for a few seconds per process. `identity` is the
 * identity change counter, read before this call: an entry is used only if it was read at the same
 * count, less than SESSION_CACHE_MS ago and before the session's end; otherwise the session is read
 * afresh (readSession) and kept at this count. Unknown or ended sessions are never kept.
 */
export async function readSessionCached(
  db: Db,
  token: string,
  now: Date,
  identity: number,
): Promise<SessionUser | null> {
  const cache = sessionCacheOf(db);
  const key = hashToken(token);
  const hit = cache.get(key);
  const at = now.getTime();
  if (
    hit &&
    hit.identity === identity &&
    at >= hit.readAt &&
    at - hit.readAt < SESSION_CACHE_MS &&
    hit.session.expiresAt.getTime() > at
  ) {
    return hit.session;
  }
  if (hit) cache.delete(key);
  const session = await readSession(db, token, now);
  if (!session) return null;
  cache.set(key, { session, identity, readAt: at });
  if (cache.size > MAX_CACHED_SESSIONS) {
    for (const [oldest] of cache) {
      cache.delete(oldest);
      if (cache.size <= MAX_CACHED_SESSIONS) break;
    }
  }
  return session;
}

export async function destroySession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function destroyAllSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
