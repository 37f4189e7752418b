import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { TooManyRequests } from "../../../platform/errors/errors";
import { hitRateLimit, type RateLimitRule } from "../../../platform/security/rate-limit";
import { rateLimits } from "../../../platform/security/schema";

/**
 * Wrong voting codes per client address. Codes carry 80 random bits, and after this many wrong
 * attempts an address must wait: guessing stays hopeless. Right codes are not counted, so many
 * voters behind one address (a library, a school) are not locked out.
 */
const wrongCodeRule: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };

function wrongCodeKey(clientAddress: string): string {
  return `budget-code:addr:${clientAddress}`;
}

function windowStart(now: Date, rule: RateLimitRule): Date {
  return new Date(Math.floor(now.getTime() / (rule.windowSeconds * 1000)) * rule.windowSeconds * 1000);
}

/** Refuses when the address already used up its wrong attempts in this window. */
export async function refuseIfBlocked(db: Executor, clientAddress: string, now: Date): Promise<void> {
  const start = windowStart(now, wrongCodeRule);
  const [row] = await db
    .select()
    .from(rateLimits)
    .where(and(eq(rateLimits.key, wrongCodeKey(clientAddress)), eq(rateLimits.windowStart, start)));
  if (row && row.count >= wrongCodeRule.limit) {
    throw new TooManyRequests(
      "budget.vote.tooManyAttempts",
      Math.max(1, Math.ceil((start.getTime() + wrongCodeRule.windowSeconds * 1000 - now.getTime()) / 1000)),
    );
  }
}

/** Counts a wrong attempt outside any transaction, so a rollback cannot undo it. */
export async function countWrongCode(deps: Deps, clientAddress: string, now: Date): Promise<void> {
  await hitRateLimit(deps.database.db, wrongCodeKey(clientAddress), wrongCodeRule, now);
}
