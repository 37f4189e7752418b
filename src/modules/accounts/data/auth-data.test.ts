import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../tests/support/database";
import { authenticateApiToken } from "../../../platform/api/auth";
import type { Database } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";
import {
  createSession,
  destroyAllSessions,
  readSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "../../../platform/identity/sessions";
import { hashToken, type RandomBytes } from "../../../platform/security/tokens";
import { insertApiToken, listActiveApiTokens, revokeOwnApiToken } from "./api-tokens";
import { consumeEmailToken, findUsableEmailToken, issueEmailToken } from "./email-tokens";

/** Reproducible "randomness": every call returns new bytes from a counter. */
function countingRandom(): RandomBytes {
  let n = 0;
  return (size) => {
    n += 1;
    const bytes = Buffer.alloc(size);
    bytes.writeUInt32BE(n, 0);
    return bytes;
  };
}

const HOUR = 60 * 60 * 1000;
const start = new Date("2030-01-01T08:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

for (const { kind, open } of testDatabaseKinds) {
  describe(`account data on ${kind}`, () => {
    let database: Database;
    const random = countingRandom();
    let counter = 0;

    async function newUser(): Promise<string> {
      counter += 1;
      const [row] = await database.db
        .insert(users)
        .values({ email: `data${counter}@example.org`, displayName: `Data ${counter}`, emailVerifiedAt: start })
        .returning({ id: users.id });
      if (!row) throw new Error("no user");
      return row.id;
    }

    beforeAll(async () => {
      database = await open();
    });
    afterAll(() => database.close());

    describe("sessions", () => {
      it("are found by the cookie value and store only its hash", async () => {
        const userId = await newUser();
        const token = await createSession(database.db, userId, start, random);
        const session = await readSession(database.db, token, at(1000));
        expect(session?.user.id).toBe(userId);
        expect(session?.idHash).toBe(hashToken(token));
        expect(session?.grants).toEqual([{ role: "resident", scopeType: null, scopeId: null }]);
        expect(await readSession(database.db, `${token}x`, at(1000))).toBeNull();
      });

      it("end after two idle hours, and twelve hours after login at the latest", async () => {
        const userId = await newUser();
        const idle = await createSession(database.db, userId, start, random);
        expect(await readSession(database.db, idle, at(SESSION_IDLE_MS + 1000))).toBeNull();
        // Gone for good, not just hidden.
        expect(await readSession(database.db, idle, at(1000))).toBeNull();

        const busy = await createSession(database.db, userId, start, random);
        for (let h = 1; h < 12; h++)
          expect(await readSession(database.db, busy, at(h * HOUR)), `hour ${h}`).not.toBeNull();
        expect(await readSession(database.db, busy, at(SESSION_ABSOLUTE_MS))).toBeNull();
      });

      it("can all be ended for one account without touching another's", async () => {
        const a = await newUser();
        const b = await newUser();
        const a1 = await createSession(database.db, a, start, random);
        const a2 = await createSession(database.db, a, start, random);
        const b1 = await createSession(database.db, b, start, random);
        await destroyAllSessions(database.db, a);
        expect(await readSession(database.db, a1, at(1000))).toBeNull();
        expect(await readSession(database.db, a2, at(1000))).toBeNull();
        expect(await readSession(database.db, b1, at(1000))).not.toBeNull();
      });
    });

    describe("links sent by e-mail", () => {
      it("work once, for their purpose only, until they expire", async () => {
        const userId = await newUser();
        const token = await issueEmailToken(database.db, { userId, purpose: "resetPassword", now: start, random });
        expect(await findUsableEmailToken(database.db, token, ["verifyEmail"], at(1000))).toBeNull();
        expect(await consumeEmailToken(database.db, token, ["verifyEmail", "changeEmail"], at(1000))).toBeNull();
        expect(await findUsableEmailToken(database.db, token, ["resetPassword"], at(HOUR + 1))).toBeNull();
        expect((await consumeEmailToken(database.db, token, ["resetPassword"], at(HOUR - 1)))?.userId).toBe(userId);
        expect(await consumeEmailToken(database.db, token, ["resetPassword"], at(HOUR - 1))).toBeNull();
      });

      it("replace the earlier link of the same purpose, but not links of other purposes", async () => {
        const userId = await newUser();
        const first = await issueEmailToken(database.db, { userId, purpose: "verifyEmail", now: start, random });
        const reset = await issueEmailToken(database.db, { userId, purpose: "resetPassword", now: start, random });
        const second = await issueEmailToken(database.db, { userId, purpose: "verifyEmail", now: start, random });
        expect(await findUsableEmailToken(database.db, first, ["verifyEmail"], at(1000))).toBeNull();
        expect(await findUsableEmailToken(database.db, second, ["verifyEmail"], at(1000))).not.toBeNull();
        expect(await findUsableEmailToken(database.db, reset, ["resetPassword"], at(1000))).not.toBeNull();
      });

      it("let only one of two simultaneous uses succeed", async () => {
        const userId = await newUser();
        const token = await issueEmailToken(database.db, {
          userId,
          purpose: "changeEmail",
          email: "x@example.org",
          now: start,
          random,
        });
        const results = await Promise.all([
          consumeEmailToken(database.db, token, ["changeEmail"], at(1000)),
          consumeEmailToken(database.db, token, ["changeEmail"], at(1000)),
        ]);
        expect(results.filter((r) => r !== null)).toHaveLength(1);
      });
    });

    describe("API tokens", () => {
      it("authenticate by value, are listed without value, and stop at revocation", async () => {
        const userId = await newUser();
        const { id, token } = await insertApiToken(database.db, { userId, name: "CI", now: start, random });
        expect(token.startsWith("gem_")).toBe(true);
        expect((await authenticateApiToken(database.db, token, at(1000)))?.user.id).toBe(userId);
        expect(await authenticateApiToken(database.db, "gem_unknown", at(1000))).toBeNull();
        expect(await authenticateApiToken(database.db, token.slice(4), at(1000))).toBeNull();
        const [listed] = await listActiveApiTokens(database.db, userId);
        expect(listed).toMatchObject({ id, name: "CI" });
        expect(listed?.lastUsedAt?.toISOString()).toBe(at(1000).toISOString());
        expect(JSON.stringify(listed)).not.toContain(token);

        const stranger = await newUser();
        expect(await revokeOwnApiToken(database.db, { userId: stranger, tokenId: id, now: at(2000) })).toBeNull();
        expect(await revokeOwnApiToken(database.db, { userId, tokenId: id, now: at(2000) })).toEqual({ name: "CI" });
        expect(await authenticateApiToken(database.db, token, at(3000))).toBeNull();
        expect(await listActiveApiTokens(database.db, userId)).toEqual([]);
      });
    });
  });
}
