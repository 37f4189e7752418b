import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { apiTokens } from "../../../platform/identity/schema";
import { hashToken, newToken, type RandomBytes } from "../../../platform/security/tokens";
import { type ApiTokenSummary, MAX_API_TOKENS } from "../domain/api-tokens";

/** Token values start with this, so they are easy to recognise (and for secret scanners to find). */
const API_TOKEN_PREFIX = "gem_";
/** Creates a token and returns its value, which is shown once; only the SHA-256 hash is stored. */
export async function insertApiToken(
  db: Executor,
  options: { userId: string; name: string; now: Date; random: RandomBytes },
): Promise<{ id: string; token: string }> {
  const token = `${API_TOKEN_PREFIX}${newToken(options.random, 32)}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ userId: options.userId, name: options.name, tokenHash: hashToken(token), createdAt: options.now })
    .returning({ id: apiTokens.id });
  if (!row) throw new Error("token was not stored");
  return { id: row.id, token };
}

export async function countActiveApiTokens(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  return row?.n ?? 0;
}

/** The account's active tokens, newest first (at most MAX_API_TOKENS exist). */
export async function listActiveApiTokens(db: Executor, userId: string): Promise<ApiTokenSummary[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt))
    .limit(MAX_API_TOKENS);
}

/** Revokes one of the account's own active tokens; returns its name, or null if there is none. */
export async function revokeOwnApiToken(
  db: Executor,
  options: { userId: string; tokenId: string; now: Date },
): Promise<{ name: string } | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: options.now })
    .where(and(eq(apiTokens.id, options.tokenId), eq(apiTokens.userId, options.userId), isNull(apiTokens.revokedAt)))
    .returning({ name: apiTokens.name });
  return row ?? null;
}
