/**
 * The rules of slowing down guessing, without I/O: how long someone must wait after a number of
 * failures, how failures are forgotten, and what a success takes back. rate-limit.ts keeps the
 * counts in the database (so every process sees them) and applies these rules to them.
 *
 * The idea: failures are counted per key, and a key is chosen so that only the people who failed
 * are slowed down. For a password that key is the pair (account, client address): a stranger who
 * types wrong passwords for someone's account slows down only their own pair, never the owner on
 * another address, and never the owner on the same address either unless that address as a whole
 * fails far more often than a shared network ever does (the per-address ceiling).
 */

/** Slows down a key progressively after its free failures: a wait that doubles, up to a maximum. */
export interface FailureRule {
  kind: "failures";
  /** Failures that cost no wait at all (typing mistakes). */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; every further failure doubles it. */
  firstDelaySeconds: number;
  /** The longest wait; nobody is ever locked out for longer than this. */
  maxDelaySeconds: number;
  /** One counted failure is forgotten per this many seconds. */
  forgetOneAfterSeconds: number;
  /**
   * After a successful attempt: `reset` forgets every failure of the key (the owner got in),
   * `refund` takes back only the attempt's own count (a shared address keeps the others' failures).
   */
  onSuccess: "reset" | "refund";
}

/** A key's failures and the moment the last one was counted. */
export interface FailureCount {
  failures: number;
  lastAt: Date;
}

function secondsBetween(earlier: Date, later: Date): number {
  return Math.max(0, (later.getTime() - earlier.getTime()) / 1000);
}

/** The failures still remembered at `now`: one is forgotten per `forgetOneAfterSeconds`. */
export function currentFailures(rule: FailureRule, count: FailureCount | null, now: Date): number {
  if (!count) return 0;
  const forgotten = Math.floor(secondsBetween(count.lastAt, now) / rule.forgetOneAfterSeconds);
  return Math.max(0, count.failures - forgotten);
}

/** The wait that follows the given number of failures (0 while they are free). */
export function delayAfter(rule: FailureRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 40);
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** doublings);
}

/** Whole seconds a key must still wait at `now` before its next attempt is heard (0: go ahead). */
export function secondsToWait(rule: FailureRule, count: FailureCount | null, now: Date): number {
  if (!count) return 0;
  const delay = delayAfter(rule, currentFailures(rule, count, now));
  return Math.max(0, Math.ceil(delay - secondsBetween(count.lastAt, now)));
}

/** The longest wait among several keys; an attempt is heard only when every key allows it. */
export function waitForAll(
  checks: ReadonlyArray<{ rule: FailureRule; count: FailureCount | null }>,
  now: Date,
): number {
  return Math.max(0, ...checks.map((check) => secondsToWait(check.rule, check.count, now)));
}

/** The count after one more failure (or one more attempt counted before its outcome is known). */
export function afterFailure(rule: FailureRule, count: FailureCount | null, now: Date): FailureCount {
  return { failures: currentFailures(rule, count, now) + 1, lastAt: now };
}

/** The count after a successful attempt that was counted beforehand; null: nothing left. */
export function afterSuccess(rule: FailureRule, count: FailureCount | null, now: Date): FailureCount | null {
  if (rule.onSuccess === "reset" || !count) return null;
  const failures = currentFailures(rule, count, now) - 1;
  return failures > 0 ? { failures, lastAt: now } : null;
}
