import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Executor } from "../db/database";
import { Unauthenticated } from "../errors/errors";
import type { AppEnv, CurrentUser } from "../http/env";
import { isLocale } from "../i18n/i18n";
import { loadGrants } from "../identity/grants";
import { apiTokens, users } from "../identity/schema";
import type { Actor } from "../permissions/permissions";
import { hashToken } from "../security/tokens";

/**
 * Personal API tokens (made on the profile page) look like `gem_` followed by 32 random bytes in
 * URL-safe base64, 43 characters.
 */
export const apiTokenPattern = /^gem_[A-Za-z0-9_-]{43}$/;

/** "Last used" is written at most once a minute per token, not on every request. */
const LAST_USED_INTERVAL_MS = 60 * 1000;

/** The token from an `Authorization: Bearer …` header, or null when the header is malformed. */
export function parseBearer(header: string): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header);
  const token = match?.[1];
  return token && apiTokenPattern.test(token) ? token : null;
}

export interface TokenHolder {
  actor: Extract<Actor, { kind: "user" }>;
  user: CurrentUser;
}

/**
 * Finds the account behind an API token: the token must exist and not be revoked, and its account
 * must not be deleted. Notes when the token was last used (at most once a minute).
 */
export async function authenticateApiToken(db: Executor, token: string, now: Date): Promise<TokenHolder | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ tokenId: apiTokens.id, revokedAt: apiTokens.revokedAt, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  if (!row || row.revokedAt || row.user.deletedAt) return null;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.id, row.tokenId),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_INTERVAL_MS))),
      ),
    );
  const grants = await loadGrants(db, row.user.id);
  const locale = isLocale(row.user.locale) ? row.user.locale : "de";
  return {
    actor: { kind: "user", id: row.user.id, label: row.user.displayName, grants },
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      locale,
      emailVerified: row.user.emailVerifiedAt !== null,
    },
  };
}

function refuse(c: Parameters<MiddlewareHandler<AppEnv>>[0], message: string): never {
  c.header("WWW-Authenticate", 'Bearer realm="gemeinsam", error="invalid_token"');
  throw new Unauthenticated(message);
}

/**
 * Who calls the API. Only a bearer token authenticates: a session cookie is ignored under /api,
 * because API writes carry no CSRF token and a foreign site must not act with a visitor's cookie.
 * A request without an Authorization header is a guest; a malformed, unknown or revoked token is
 * refused with 401.
 */
export function apiAuthentication(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const deps = c.get("deps");
    const state = c.get("state");
    const header = c.req.header("authorization");
    let actor: Actor = { kind: "guest" };
    let user: CurrentUser | null = null;
    if (header !== undefined) {
      const token = parseBearer(header);
      if (!token) refuse(c, "apiAuth.malformed");
      const holder = await authenticateApiToken(deps.database.db, token, deps.clock());
      if (!holder) refuse(c, "apiAuth.invalidToken");
      actor = holder.actor;
      user = holder.user;
    }
    c.set("state", { ...state, actor, user, sessionIdHash: null });
    await next();
  };
}
