import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../tests/support/database";
import type { Database } from "../db/database";
import { TooManyRequests } from "../errors/errors";
import { hitRateLimit } from "./rate-limit";
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

  it("creates a server secret once and returns the same value afterwards", async () => {
    let n = 0;
    const random = (size: number) => Buffer.alloc(size, ++n);
    const first = await ensureSecret(database.db, "test", random);
    const second = await ensureSecret(database.db, "test", random);
    expect(first).toBe(second);
    expect(first).toHaveLength(43);
  });
});
