/**
 * When to try a failing source again, and when to call it stale. The wait doubles with every failed
 * attempt up to a cap, so a server that is down for a day is asked a few dozen times, not thousands.
 * Jitter spreads the sources that failed together (the same server down) over a span so they don't
 * all return at once; it comes from an injected number, so a test or a replay gets the same delays.
 */

/** The first retry's wait, the factor per further failure, and the longest wait. */
export const BACK_OFF = {
  firstDelayMs: 5 * 60_000,
  factor: 2,
  maxDelayMs: 6 * 60 * 60_000,
  /** Jitter shortens a wait by up to this share, never lengthens it, so the cap holds. */
  jitterShare: 0.2,
  /**
   * Consecutive failed attempts after which a source is stale: between the first and the tenth
   * failure lie the waits 5, 10, 20, 40, 80, 160, 320, 360 and 360 minutes, about 22.5 hours (at
   * least 18 with jitter), so a source is stale after roughly a day without a successful fetch.
   */
  staleAfterFailures: 10,
} as const;

/**
 * The wait before the next attempt after `failures` consecutive failed attempts (1 after the first
 * failure), given `jitter` in [0, 1) from the caller's random source. Throws on values outside those.
 */
export function retryDelayMs(failures: number, jitter: number): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError("failures must be a whole number ≥ 1");
  if (!(jitter >= 0 && jitter < 1)) throw new RangeError("jitter must lie in [0, 1)");
  const exponential = BACK_OFF.firstDelayMs * BACK_OFF.factor ** (failures - 1);
  const capped = Math.min(BACK_OFF.maxDelayMs, exponential);
  return Math.round(capped * (1 - BACK_OFF.jitterShare * jitter));
}

/** The instant of the next attempt, counted from `now` (the failure's time). */
export function nextAttemptAt(now: Date, failures: number, jitter: number): Date {
  return new Date(now.getTime() + retryDelayMs(failures, jitter));
}

/** Whether a source has failed often enough in a row that its indicator's values count as out of date. */
export function isStale(failures: number): boolean {
  return failures >= BACK_OFF.staleAfterFailures;
}
