import { lt, or, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { emailTokens, sessions } from "../identity/schema";
import { SESSION_IDLE_MS } from "../identity/sessions";
import { rateLimits } from "../security/schema";
import type { PeriodicJob } from "./periodic";

/** An arbitrary constant: the advisory lock that keeps the purge to one process at a time. */
export const PURGE_LOCK = 725_172_003;

/**
 * Rate-limit rows whose window started longer ago than this are dead: every rule's window is far
 * shorter (the longest is an hour), so an old row only restarts at 1 on its next hit anyway.
 */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface PurgeCounts {
  sessions: number;
  rateLimits: number;
  emailTokens: number;
}

/**
 * Deletes state that can no longer be used: expired or idle sessions, old rate-limit windows and
 * e-mail links that are used or expired. Returns null when another process is purging right now:
 * `pg_try_advisory_xact_lock` does not wait, so N processes do the work once, not N times.
 */
export async function purgeExpiredState(deps: Deps): Promise<PurgeCounts | null> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const result = (await tx.execute(sql`select pg_try_advisory_xact_lock(${PURGE_LOCK}) as locked`)) as unknown as {
      rows: Array<{ locked: boolean }>;
    };
    if (!result.rows[0]?.locked) return null;
    const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
    const goneSessions = await tx
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
      .returning({ id: sessions.idHash });
    const goneLimits = await tx
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS)))
      .returning({ key: rateLimits.key });
    // A used link is dead at once but stays until it would have expired (a day at most), so
    // "download my data" still lists the links sent recently.
    const goneTokens = await tx
      .delete(emailTokens)
      .where(lt(emailTokens.expiresAt, now))
      .returning({ hash: emailTokens.tokenHash });
    return { sessions: goneSessions.length, rateLimits: goneLimits.length, emailTokens: goneTokens.length };
  });
}

export const platformPeriodicJobs: PeriodicJob[] = [
  {
    name: "platform.purge",
    everyMs: 60 * 60 * 1000,
    run: async (deps) => {
      const counts = await purgeExpiredState(deps);
      if (counts) deps.logger.info("expired state purged", { ...counts });
    },
  },
];
