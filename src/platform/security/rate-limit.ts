import { inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/database";
import { TooManyRequests } from "../errors/errors";
import {
  afterFailure,
  afterSuccess,
  type FailureCount,
  type FailureRule,
  secondsToWait,
  waitForAll,
} from "./rate-limit-rules";
import { rateLimits } from "./schema";
import { countWindowHit } from "./window-hits";

/** A fixed window: so many hits per window, whatever their outcome. */
export interface WindowRule {
  /** How many hits a window allows. */
  limit: number;
  windowSeconds: number;
}

/** Either a fixed window of hits, or failures slowing down progressively (rate-limit-rules.ts). */
export type RateLimitRule = WindowRule | FailureRule;

export interface RateLimitHit {
  key: string;
  rule: RateLimitRule;
}

function isFailureHit(hit: RateLimitHit): hit is { key: string; rule: FailureRule } {
  return "kind" in hit.rule && hit.rule.kind === "failures";
}

/**
 * Counts one hit for `key` in a fixed window, in the database so all processes share the count,
 * and throws TooManyRequests once the window's limit is passed. A failure rule is claimed instead
 * (see `claimAttempt`); several limits of one action go through `hitRateLimits` together.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule, now: Date): Promise<void> {
  const hit = { key, rule };
  if (isFailureHit(hit)) return claimAttempt(db, [hit], now);
  const window = hit.rule as WindowRule;
  const windowStart = new Date(Math.floor(now.getTime() / (window.windowSeconds * 1000)) * window.windowSeconds * 1000);
  const position = await countWindowHit(db, key, windowStart);
  if (position > window.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + window.windowSeconds * 1000 - now.getTime()) / 1000);
    throw new TooManyRequests("errors.tooManyRequests", Math.max(1, retryAfter));
  }
}

/*
 * Failure counters live in the same table: `count` is the number of failures still remembered and
 * `window_start` the moment the last one was counted (so the daily purge removes idle ones).
 */
type FailureHit = { key: string; rule: FailureRule };

async function lockCounts(tx: Executor, hits: readonly FailureHit[], now: Date): Promise<Map<string, FailureCount>> {
  const keys = hits.map((hit) => hit.key);
  // A row for every key first, so that the lock below serialises concurrent attempts on any process.
  await tx
    .insert(rateLimits)
    .values(keys.map((key) => ({ key, windowStart: now, count: 0 })))
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(rateLimits)
    .where(inArray(rateLimits.key, keys))
    .orderBy(rateLimits.key)
    .for("update");
  return new Map(rows.map((row) => [row.key, { failures: row.count, lastAt: row.windowStart }]));
}

async function store(tx: Executor, key: string, count: FailureCount | null): Promise<void> {
  await tx
    .update(rateLimits)
    .set({ count: count?.failures ?? 0, windowStart: count?.lastAt ?? new Date(0) })
    .where(sql`${rateLimits.key} = ${key}`);
}

/**
 * Hears an attempt only if none of its keys is still waiting; then counts it as a failure on every
 * key before its outcome is known, so that many attempts sent at once cannot slip through together.
 * A success takes the count back with `forgiveAttempt`. A refused attempt is not counted.
 */
export async function claimAttempt(db: Db, hits: readonly FailureHit[], now: Date): Promise<void> {
  if (hits.length === 0) return;
  const wait = await db.transaction(async (tx) => {
    const counts = await lockCounts(tx, hits, now);
    const seconds = waitForAll(
      hits.map((hit) => ({ rule: hit.rule, count: counts.get(hit.key) ?? null })),
      now,
    );
    if (seconds > 0) return seconds;
    for (const hit of hits) await store(tx, hit.key, afterFailure(hit.rule, counts.get(hit.key) ?? null, now));
    return 0;
  });
  if (wait > 0) throw new TooManyRequests("errors.tooManyRequests", wait);
}

/** Takes back the count of a successful attempt: per the rule, all failures of the key or its own. */
export async function forgiveAttempt(db: Db, hits: readonly RateLimitHit[], now: Date): Promise<void> {
  const failureHits = hits.filter(isFailureHit);
  if (failureHits.length === 0) return;
  await db.transaction(async (tx) => {
    const counts = await lockCounts(tx, failureHits, now);
    for (const hit of failureHits) await store(tx, hit.key, afterSuccess(hit.rule, counts.get(hit.key) ?? null, now));
  });
}

/**
 * Counts a failure that has already happened (e.g. a wrong voting code, looked up anyway) and says
 * how long the key had to wait before it and has to wait after it.
 */
export async function recordFailure(
  db: Db,
  hit: FailureHit,
  now: Date,
): Promise<{ waitBefore: number; waitAfter: number }> {
  return db.transaction(async (tx) => {
    const counts = await lockCounts(tx, [hit], now);
    const before = counts.get(hit.key) ?? null;
    const after = afterFailure(hit.rule, before, now);
    await store(tx, hit.key, after);
    return { waitBefore: secondsToWait(hit.rule, before, now), waitAfter: secondsToWait(hit.rule, after, now) };
  });
}

/** Applies every limit of an action: failure counters together (all or none), then the windows. */
export async function hitRateLimits(db: Db, hits: readonly RateLimitHit[], now: Date): Promise<void> {
  await claimAttempt(db, hits.filter(isFailureHit), now);
  for (const hit of hits) if (!isFailureHit(hit)) await hitRateLimit(db, hit.key, hit.rule, now);
}

/** The limits of the platform; modules use these names rather than numbers of their own. */
export const rateLimitRules = {
  /**
   * Wrong passwords per pair (account, client address): 5 free, then 10 s, 20 s, 40 s … up to
   * 15 minutes between attempts; one failure is forgotten per hour, all of them at a successful
   * sign-in. Other people's failures never count here.
   */
  loginPerAccountAndAddress: {
    kind: "failures",
    freeFailures: 5,
    firstDelaySeconds: 10,
    maxDelaySeconds: 15 * 60,
    forgetOneAfterSeconds: 60 * 60,
    onSuccess: "reset",
  },
  /**
   * Wrong passwords from one client address for any accounts: a ceiling far above what a shared
   * network (a school, a library) produces, 100 remembered failures; one is forgotten every 36 s
   * (100 an hour). Beyond it everyone there waits 1 s, 2 s, 4 s … up to 15 minutes.
   */
  loginPerAddress: {
    kind: "failures",
    freeFailures: 100,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    forgetOneAfterSeconds: 36,
    onSuccess: "refund",
  },
  /**
   * Wrong voting codes (and wrong code/receipt pairs) from one client address. A valid code is never
   * refused because of them; beyond 200 remembered (one forgotten every 18 s) a wrong code is
   * answered "wait" instead, 1 s, 2 s … up to 15 minutes.
   */
  wrongCodesPerAddress: {
    kind: "failures",
    freeFailures: 200,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    forgetOneAfterSeconds: 18,
    onSuccess: "refund",
  },
  /** Unknown receipts checked from one client address: as wrong voting codes. */
  unknownReceiptsPerAddress: {
    kind: "failures",
    freeFailures: 200,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    forgetOneAfterSeconds: 18,
    onSuccess: "refund",
  },
  /**
   * Current-password checks of a signed-in account (changing the password, deleting the account):
   * only the account's own session reaches them, so a fixed window harms nobody else.
   */
  login: { limit: 10, windowSeconds: 15 * 60 },
  register: { limit: 5, windowSeconds: 60 * 60 },
  passwordReset: { limit: 5, windowSeconds: 60 * 60 },
  write: { limit: 120, windowSeconds: 60 },
  /**
   * Login, registration and resets counted per client address. Higher than the per-address limits
   * above, because many people may share one address (a library, a school, a workshop).
   */
  accountPerAddress: { limit: 60, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;
