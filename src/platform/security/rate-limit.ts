import { sql } from "drizzle-orm";
import type { Executor } from "../db/database";
import { TooManyRequests } from "../errors/errors";
import { rateLimits } from "./schema";

export interface RateLimitRule {
  /** How many hits a window allows. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit for `key` in a fixed window, in the database so all processes share the count,
 * and throws TooManyRequests once the window's limit is passed.
 */
export async function hitRateLimit(db: Executor, key: string, rule: RateLimitRule, now: Date): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / (rule.windowSeconds * 1000)) * rule.windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${windowStart.toISOString()}::timestamptz then ${rateLimits.count} + 1 else 1 end`,
        windowStart,
      },
    })
    .returning({ count: rateLimits.count });
  if (row && row.count > rule.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000);
    throw new TooManyRequests("errors.tooManyRequests", Math.max(1, retryAfter));
  }
}

/** The limits of the platform; modules use these names rather than numbers of their own. */
export const rateLimitRules = {
  login: { limit: 10, windowSeconds: 15 * 60 },
  register: { limit: 5, windowSeconds: 60 * 60 },
  passwordReset: { limit: 5, windowSeconds: 60 * 60 },
  write: { limit: 120, windowSeconds: 60 },
  /**
   * Login, registration and resets counted per client address. Higher than the per-address limits
   * above, because many people may share one address (a library, a school, a workshop).
   */
  accountPerAddress: { limit: 60, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;
