import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateLimitRules } from "./rate-limit";
import {
  afterFailure,
  afterSuccess,
  currentFailures,
  delayAfter,
  type FailureCount,
  type FailureRule,
  secondsToWait,
  waitForAll,
} from "./rate-limit-rules";

const pairRule: FailureRule = rateLimitRules.loginPerAccountAndAddress;
const addressRule: FailureRule = rateLimitRules.loginPerAddress;
const start = Date.UTC(2026, 0, 1, 8, 0, 0);
const at = (seconds: number) => new Date(start + seconds * 1000);

/**
 * A model of the sign-in limits with the same rules as the database: counters per pair
 * (account, address) and per address; an attempt is heard only when both allow it, is counted on
 * both before its outcome, and a right password takes the count back.
 */
class Model {
  readonly counts = new Map<string, FailureCount>();

  private keys(account: string, address: string) {
    return [
      { key: `pair:${account}:${address}`, rule: pairRule },
      { key: `addr:${address}`, rule: addressRule },
    ];
  }

  attempt(account: string, address: string, right: boolean, now: Date): "heard" | "refused" {
    const keys = this.keys(account, address);
    const wait = waitForAll(
      keys.map(({ key, rule }) => ({ rule, count: this.counts.get(key) ?? null })),
      now,
    );
    if (wait > 0) return "refused";
    for (const { key, rule } of keys) this.counts.set(key, afterFailure(rule, this.counts.get(key) ?? null, now));
    if (right) {
      for (const { key, rule } of keys) {
        const next = afterSuccess(rule, this.counts.get(key) ?? null, now);
        if (next) this.counts.set(key, next);
        else this.counts.delete(key);
      }
    }
    return "heard";
  }

  failuresAt(address: string, now: Date): number {
    return currentFailures(addressRule, this.counts.get(`addr:${address}`) ?? null, now);
  }
}

const account = fc.constantFrom("owner", "alice", "bob", "carol", "dan");
const address = fc.constantFrom("203.0.113.1", "203.0.113.2", "198.51.100.7", "2001:db8::1");
/** Someone else's attempts: any account but the owner's on the owner's address, any on others. */
const othersAttempts = fc.array(
  fc.record({ account, address, right: fc.boolean(), gap: fc.integer({ min: 0, max: 120 }) }),
  { maxLength: 300 },
);

describe("slowing down wrong passwords", () => {
  it("never refuses the owner's right password from an address where they did not fail, whatever others did elsewhere", () => {
    fc.assert(
      fc.property(othersAttempts, address, (attempts, ownerAddress) => {
        const model = new Model();
        let t = 0;
        for (const a of attempts) {
          t += a.gap;
          // Strangers on every other address, for every account including the owner's.
          if (a.address === ownerAddress) continue;
          model.attempt(a.account, a.address, a.right, at(t));
        }
        expect(model.attempt("owner", ownerAddress, true, at(t))).toBe("heard");
      }),
    );
  });

  it("never refuses the owner's right password on a shared address below its ceiling, whatever others did there", () => {
    fc.assert(
      fc.property(othersAttempts, (attempts) => {
        const model = new Model();
        const shared = "203.0.113.1";
        let t = 0;
        for (const a of attempts) {
          t += a.gap;
          // Others on the owner's own address, against the owner's account from anywhere but there.
          if (a.account === "owner" && a.address === shared) continue;
          if (a.address === shared && model.failuresAt(shared, at(t)) >= addressRule.freeFailures - 1) continue;
          model.attempt(a.account, a.address, a.right, at(t));
        }
        expect(model.failuresAt(shared, at(t))).toBeLessThan(addressRule.freeFailures);
        expect(model.attempt("owner", shared, true, at(t))).toBe("heard");
      }),
    );
  });

  it("lets a stranger hammering the owner's account from one address slow down only that address's pair", () => {
    const model = new Model();
    let heard = 0;
    for (let s = 0; s < 3600; s++) if (model.attempt("owner", "198.51.100.7", false, at(s)) === "heard") heard++;
    // 5 free, then 10, 20, 40, 80, 160, 320, 640 s, then every 15 minutes: 14 within the hour.
    expect(heard).toBe(14);
    expect(model.attempt("owner", "198.51.100.7", true, at(3600))).toBe("refused");
    expect(model.attempt("owner", "203.0.113.2", true, at(3600))).toBe("heard");
    expect(model.attempt("alice", "198.51.100.7", true, at(3600))).toBe("heard");
  });

  it("bounds guessing: one pair gets at most about a hundred tries a day, one address about 100 an hour", () => {
    const model = new Model();
    let pairTries = 0;
    for (let s = 0; s < 24 * 3600; s += 5)
      if (model.attempt("owner", "198.51.100.7", false, at(s)) === "heard") pairTries++;
    expect(pairTries).toBeLessThanOrEqual(110);

    // Password spraying from one address: a fresh account every time, so only the address slows it.
    const spray = new Model();
    let sprayTries = 0;
    for (let s = 0; s < 3600; s++)
      if (spray.attempt(`account-${s}`, "198.51.100.9", false, at(s)) === "heard") sprayTries++;
    expect(sprayTries).toBeGreaterThanOrEqual(addressRule.freeFailures);
    expect(sprayTries).toBeLessThanOrEqual(2 * addressRule.freeFailures + 20);
  });

  it("forgets all of a pair's failures at the right password, and only the attempt's own count of an address", () => {
    const model = new Model();
    for (let i = 0; i < 4; i++) model.attempt("owner", "203.0.113.1", false, at(i));
    for (let i = 0; i < 3; i++) model.attempt("alice", "203.0.113.1", false, at(i));
    model.attempt("owner", "203.0.113.1", true, at(10));
    expect(model.counts.has("pair:owner:203.0.113.1")).toBe(false);
    expect(model.failuresAt("203.0.113.1", at(10))).toBe(7);
  });
});

describe("the waiting rule", () => {
  const rules = fc.constantFrom<FailureRule>(...Object.values(rateLimitRules).filter((r) => "kind" in r));
  const count = fc.record({
    failures: fc.integer({ min: 0, max: 10_000 }),
    lastAt: fc.integer({ min: 0, max: 86_400 }).map(at),
  });

  it("is free for the first failures, then doubles up to its maximum and never beyond", () => {
    fc.assert(
      fc.property(rules, fc.integer({ min: 0, max: 100_000 }), (rule, failures) => {
        const delay = delayAfter(rule, failures);
        expect(delay).toBeLessThanOrEqual(rule.maxDelaySeconds);
        if (failures < rule.freeFailures) expect(delay).toBe(0);
        else expect(delay).toBeGreaterThanOrEqual(rule.firstDelaySeconds);
        expect(delayAfter(rule, failures + 1)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it("never makes anyone wait longer than the maximum, and waiting only shrinks as time passes", () => {
    fc.assert(
      fc.property(
        rules,
        count,
        fc.integer({ min: 0, max: 86_400 }),
        fc.integer({ min: 0, max: 86_400 }),
        (rule, c, a, b) => {
          const [earlier, later] = a <= b ? [a, b] : [b, a];
          const first = secondsToWait(rule, c, at(86_400 + earlier));
          expect(first).toBeLessThanOrEqual(rule.maxDelaySeconds);
          expect(secondsToWait(rule, c, at(86_400 + later))).toBeLessThanOrEqual(first);
        },
      ),
    );
  });

  it("counts one more failure than it remembers, and a refund never goes below zero", () => {
    fc.assert(
      fc.property(rules, fc.option(count, { nil: null }), fc.integer({ min: 0, max: 86_400 }), (rule, c, s) => {
        const now = at(86_400 + s);
        const next = afterFailure(rule, c, now);
        expect(next.failures).toBe(currentFailures(rule, c, now) + 1);
        const back = afterSuccess(rule, next, now);
        if (rule.onSuccess === "reset") expect(back).toBeNull();
        else expect(back?.failures ?? 0).toBe(currentFailures(rule, c, now));
      }),
    );
  });
});
