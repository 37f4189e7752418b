import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../tests/support/database";
import type { Database } from "../db/database";
import { TooManyRequests } from "../errors/errors";
import { claimAttempt, forgiveAttempt, hitRateLimit, rateLimitRules, recordFailure } from "./rate-limit";
import { rateLimits } from "./schema";
import { ensureSecret } from "./secrets";

describe.each(testDatabaseKinds)("rate limits and secrets on $kind", ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  const rule = { limit: 3, windowSeconds: 60 };
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));

  it("allows the limit and refuses the next hit with the seconds left in the window", async () => {
    for (let i = 0; i < 3; i++) await hitRateLimit(database.db, "login:a@example.org", rule, at(i));
    const refused = await hitRateLimit(database.db, "login:a@example.org", rule, at(20)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyRequests);
    expect((refused as TooManyRequests).retryAfterSeconds).toBe(40);
  });

  it("counts keys separately and starts afresh in the next window", async () => {
    await expect(hitRateLimit(database.db, "login:b@example.org", rule, at(30))).resolves.toBeUndefined();
    await expect(
      hitRateLimit(database.db, "login:a@example.org", rule, new Date(Date.UTC(2026, 0, 1, 12, 1, 5))),
    ).resolves.toBeUndefined();
  });

  it("counts hits sent at once exactly: as many as the limit pass, the others are refused", async () => {
    const answers = await Promise.all([
      ...Array.from({ length: 7 }, () =>
        hitRateLimit(database.db, "write:c", rule, at(10)).then(
          () => "passed",
          (e: unknown) => (e instanceof TooManyRequests ? "refused" : e),
        ),
      ),
      hitRateLimit(database.db, "write:d", rule, at(10)).then(() => "other key passed"),
    ]);
    expect(answers.filter((a) => a === "passed")).toHaveLength(3);
    expect(answers.filter((a) => a === "refused")).toHaveLength(4);
    expect(answers).toContain("other key passed");
  });

  const pair = { key: "login:email:x:addr:198.51.100.7", rule: rateLimitRules.loginPerAccountAndAddress };
  const address = { key: "login:addr:198.51.100.7", rule: rateLimitRules.loginPerAddress };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => "heard",
      (e: unknown) => (e instanceof TooManyRequests ? e.retryAfterSeconds : e),
    );

  it("hears five attempts sent at once on a fresh pair and refuses the rest with the wait", async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => refusal(claimAttempt(database.db, [pair, address], at(0)))),
    );
    expect(answers.filter((a) => a === "heard")).toHaveLength(5);
    expect(answers.filter((a) => a === 10)).toHaveLength(7);
    // Refused attempts are not counted: the wait after the fifth failure is still the first one.
    expect(await refusal(claimAttempt(database.db, [pair, address], at(9)))).toBe(1);
    expect(await refusal(claimAttempt(database.db, [pair, address], at(10)))).toBe("heard");
    expect(await refusal(claimAttempt(database.db, [pair, address], at(11)))).toBe(19);
  });

  it("forgets the pair's failures at a success and gives the address back only the attempt's count", async () => {
    await forgiveAttempt(database.db, [pair, address], at(12));
    expect(await refusal(claimAttempt(database.db, [pair, address], at(12)))).toBe("heard");
    const [row] = await database.db.select().from(rateLimits).where(eq(rateLimits.key, address.key));
    expect(row?.count).toBe(6);
  });

  it("records a failure that already happened and says how long the key waits before and after", async () => {
    const hit = { key: "budget-code:addr:test", rule: { ...rateLimitRules.wrongCodesPerAddress, freeFailures: 2 } };
    expect(await recordFailure(database.db, hit, at(0))).toEqual({ waitBefore: 0, waitAfter: 0 });
    expect(await recordFailure(database.db, hit, at(0))).toEqual({ waitBefore: 0, waitAfter: 1 });
    expect(await recordFailure(database.db, hit, at(0))).toEqual({ waitBefore: 1, waitAfter: 2 });
  });

  it("creates a server secret once and returns the same value afterwards", async () => {
    let n = 0;
    const random = (size: number) => Buffer.alloc(size, ++n);
    const first = await ensureSecret(database.db, "test", random);
    const second = await ensureSecret(database.db, "test", random);
    expect(first).toBe(second);
    expect(first).toHaveLength(43);
  });
});
