import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../tests/support/database";
import { createDeps } from "../../app/bootstrap";
import { loadConfig } from "../config/config";
import type { Database } from "../db/database";
import type { Deps } from "../deps";
import { emailTokens, sessions, users } from "../identity/schema";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../identity/sessions";
import { createMemoryLogger } from "../log/logger";
import { rateLimitRules } from "../security/rate-limit";
import { rateLimits } from "../security/schema";
import { PURGE_LOCK, purgeExpiredState, RATE_LIMIT_RETENTION_MS } from "./purge-expired";

const HOUR = 60 * 60 * 1000;

describe.each(testDatabaseKinds)("purging expired state on $kind", ({ kind, open }) => {
  let database: Database;
  let deps: Deps;
  let now = new Date(Date.UTC(2026, 2, 1, 12));

  beforeAll(async () => {
    database = await open();
    deps = await createDeps(loadConfig({ LOG_LEVEL: "silent" }), database, {
      logger: createMemoryLogger(),
      clock: () => now,
    });
  });
  afterAll(() => database.close());

  it("deletes expired and idle sessions, old rate-limit windows and expired links, and keeps the rest", async () => {
    const [user] = await database.db
      .insert(users)
      .values({ email: "purge@example.org", displayName: "Purge" })
      .returning({ id: users.id });
    const userId = user?.id as string;
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const ahead = (ms: number) => new Date(now.getTime() + ms);
    await database.db.insert(sessions).values([
      { idHash: "live", userId, createdAt: ago(HOUR), lastSeenAt: ago(60_000), expiresAt: ahead(HOUR) },
      {
        idHash: "idle",
        userId,
        createdAt: ago(4 * HOUR),
        lastSeenAt: ago(SESSION_IDLE_MS + 1000),
        expiresAt: ahead(HOUR),
      },
      {
        idHash: "over",
        userId,
        createdAt: ago(SESSION_ABSOLUTE_MS + HOUR),
        lastSeenAt: ago(60_000),
        expiresAt: ago(HOUR),
      },
    ]);
    await database.db.insert(rateLimits).values([
      { key: "login:fresh", windowStart: ago(10 * 60_000), count: 3 },
      { key: "login:old", windowStart: ago(RATE_LIMIT_RETENTION_MS + 1000), count: 9 },
    ]);
    await database.db.insert(emailTokens).values([
      { tokenHash: "valid", userId, purpose: "reset_password", expiresAt: ahead(HOUR), createdAt: ago(1000) },
      { tokenHash: "expired", userId, purpose: "verify_email", expiresAt: ago(1000), createdAt: ago(25 * HOUR) },
      {
        tokenHash: "used-expired",
        userId,
        purpose: "reset_password",
        expiresAt: ago(HOUR),
        usedAt: ago(90 * 60_000),
        createdAt: ago(2 * HOUR),
      },
    ]);

    expect(await purgeExpiredState(deps)).toEqual({ sessions: 2, rateLimits: 1, emailTokens: 2 });
    expect((await database.db.select().from(sessions)).map((s) => s.idHash)).toEqual(["live"]);
    expect((await database.db.select().from(rateLimits)).map((r) => r.key)).toEqual(["login:fresh"]);
    expect((await database.db.select().from(emailTokens)).map((t) => t.tokenHash)).toEqual(["valid"]);

    // The clock moves on: what was live expires in its turn, and a second run finds nothing more.
    now = new Date(now.getTime() + RATE_LIMIT_RETENTION_MS + HOUR);
    expect(await purgeExpiredState(deps)).toEqual({ sessions: 1, rateLimits: 1, emailTokens: 1 });
    expect(await purgeExpiredState(deps)).toEqual({ sessions: 0, rateLimits: 0, emailTokens: 0 });
  });

  it("keeps rate-limit rows far longer than any window or any wait of the platform's rules", () => {
    for (const rule of Object.values(rateLimitRules)) {
      // A failure counter is purged a day after its last failure: never in the middle of a wait.
      const seconds = "windowSeconds" in rule ? rule.windowSeconds : rule.maxDelaySeconds;
      expect(seconds * 1000).toBeLessThan(RATE_LIMIT_RETENTION_MS);
    }
  });

  it.runIf(kind === "postgres")("lets only one of several processes purge at a time", async () => {
    // Another connection of the pool holds the lock, as another process in the middle of a purge would.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${PURGE_LOCK})`);
      expect(await purgeExpiredState(deps)).toBeNull();
    });
  });
});
