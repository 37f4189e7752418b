import { and, eq, gt, inArray, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { emailTokens } from "../../../platform/identity/schema";
import { hashToken, newToken, type RandomBytes } from "../../../platform/security/tokens";

/** What a link sent by e-mail allows, and how long it stays valid. */
const emailTokenPurposes = {
  verifyEmail: { name: "verify_email", ttlMs: 24 * 60 * 60 * 1000 },
  resetPassword: { name: "reset_password", ttlMs: 60 * 60 * 1000 },
  changeEmail: { name: "change_email", ttlMs: 24 * 60 * 60 * 1000 },
} as const;
export type EmailTokenPurpose = keyof typeof emailTokenPurposes;

export type EmailTokenRow = typeof emailTokens.$inferSelect;

/**
 * Creates a single-use token for a link; only its hash is stored. Earlier unused tokens of the same
 * purpose for the same account stop working, so only the newest link counts.
 */
export async function issueEmailToken(
  db: Executor,
  options: { userId: string; purpose: EmailTokenPurpose; email?: string | null; now: Date; random: RandomBytes },
): Promise<string> {
  const purpose = emailTokenPurposes[options.purpose];
  await db
    .update(emailTokens)
    .set({ usedAt: options.now })
    .where(
      and(eq(emailTokens.userId, options.userId), eq(emailTokens.purpose, purpose.name), isNull(emailTokens.usedAt)),
    );
  const token = newToken(options.random, 32);
  await db.insert(emailTokens).values({
    tokenHash: hashToken(token),
    userId: options.userId,
    purpose: purpose.name,
    email: options.email ?? null,
    expiresAt: new Date(options.now.getTime() + purpose.ttlMs),
    createdAt: options.now,
  });
  return token;
}

function usable(token: string, purposes: EmailTokenPurpose[], now: Date): SQL | undefined {
  const names = purposes.map((p) => emailTokenPurposes[p].name);
  return and(
    eq(emailTokens.tokenHash, hashToken(token)),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, now),
    inArray(emailTokens.purpose, names),
  );
}

/** The token if it is unused, unexpired and of one of the purposes; does not use it up. */
export async function findUsableEmailToken(
  db: Executor,
  token: string,
  purposes: EmailTokenPurpose[],
  now: Date,
): Promise<EmailTokenRow | null> {
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(usable(token, purposes, now))
    .limit(1);
  return row ?? null;
}

/**
 * Uses the token up and returns it, or null when it is unknown, used, expired or of another purpose.
 * The update is conditional, so of two requests racing with one link only one succeeds.
 */
export async function consumeEmailToken(
  db: Executor,
  token: string,
  purposes: EmailTokenPurpose[],
  now: Date,
): Promise<EmailTokenRow | null> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(usable(token, purposes, now))
    .returning();
  return row ?? null;
}

export function purposeOf(row: EmailTokenRow): EmailTokenPurpose | null {
  for (const [key, value] of Object.entries(emailTokenPurposes))
    if (value.name === row.purpose) return key as EmailTokenPurpose;
  return null;
}
