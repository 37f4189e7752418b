import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { hashPassword } from "../../../platform/identity/passwords";
import { users } from "../../../platform/identity/schema";

/**
 * Wrong passwords slow down the pair (account, client address) and, far above what a shared network
 * produces, the address; nobody else. The app sits behind one trusted proxy here, so each request
 * names its client address in X-Forwarded-For.
 */
let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));
const advance = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};
const password = "Ein-langes-richtiges-Passwort";
const stranger = "198.51.100.7";
const school = "203.0.113.50";

async function account(name: string): Promise<string> {
  const email = `${name}@example.org`;
  const id = await createAccount(t.deps, { email, displayName: name });
  await t.database.db
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, id));
  return email;
}

/** A sign-in from a fresh browser at the given client address: the status, Retry-After and the page. */
async function signIn(email: string, typed: string, from: string) {
  const browser = new BrowserClient(t.app);
  await browser.get("/login");
  const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await t.app.request("http://localhost/login", {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": from },
    body: new URLSearchParams({ _csrf: browser.csrfToken(), email, password: typed }).toString(),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), html: await response.text() };
}

beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: "1" }, deps: { clock: () => now } });
});
afterAll(() => t.close());

describe("signing in while strangers guess", () => {
  it("slows down a stranger guessing an account's password, never its owner elsewhere", async () => {
    const ada = await account("ada");
    const answers: Array<number | string> = [];
    for (let i = 0; i < 12; i++) {
      const attempt = await signIn(ada, `wrong ${i}`, stranger);
      answers.push(attempt.status === 429 ? `429 after ${attempt.retryAfter}` : attempt.status);
    }
    // Five free mistakes, then the stranger's pair must wait 10 seconds; refused tries are not heard.
    expect(answers).toEqual([422, 422, 422, 422, 422, ...Array(7).fill("429 after 10")]);
    // The owner signs in from home at once, with the right password.
    expect((await signIn(ada, password, "192.0.2.10")).status).toBe(303);
    // The stranger's pair waits even with the right password: the wait is not an oracle.
    const refused = await signIn(ada, password, stranger);
    expect(refused.status).toBe(429);
    expect(refused.html).toContain("Zu viele Versuche.");
  });

  it("doubles the wait with every further wrong password and forgets all at the right one", async () => {
    const ben = await account("ben");
    for (let i = 0; i < 5; i++) expect((await signIn(ben, "wrong", stranger)).status).toBe(422);
    advance(10);
    expect((await signIn(ben, "wrong", stranger)).status).toBe(422);
    expect((await signIn(ben, "wrong", stranger)).retryAfter).toBe("20");
    advance(20);
    expect((await signIn(ben, "wrong", stranger)).status).toBe(422);
    expect((await signIn(ben, "wrong", stranger)).retryAfter).toBe("40");
    advance(40);
    // The owner on the same address after all: the right password forgets the pair's failures.
    expect((await signIn(ben, password, stranger)).status).toBe(303);
    for (let i = 0; i < 5; i++) expect((await signIn(ben, "wrong", stranger)).status).toBe(422);
  });

  it("lets the owner in from a school where others typed 80 wrong passwords and a stranger guessed hers", async () => {
    const cleo = await account("cleo");
    for (let i = 0; i < 80; i++) {
      // Twenty classmates, four typing mistakes each: nobody there is slowed down yet.
      expect((await signIn(`pupil-${i % 20}@example.org`, `wrong ${i}`, school)).status).toBe(422);
    }
    for (let i = 0; i < 12; i++) await signIn(cleo, `guess ${i}`, stranger);
    // Cleo, who never failed from there, is not refused because of any of them.
    expect((await signIn(cleo, password, school)).status).toBe(303);
  });

  it("slows down the whole address only beyond its ceiling, and only for a while", async () => {
    const gero = await account("gero");
    const flood = "203.0.113.99";
    let answered = 0;
    for (let i = 0; answered < 100; i++) {
      // A different account each time: no pair slows down, only the address counts.
      const attempt = await signIn(`nobody-${i}@example.org`, "wrong", flood);
      expect(attempt.status).toBe(422);
      answered++;
    }
    const refused = await signIn(gero, password, flood);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(15 * 60);
    advance(Number(refused.retryAfter));
    expect((await signIn(gero, password, flood)).status).toBe(303);
    // Elsewhere Gero was never slowed down.
    expect((await signIn(gero, password, "192.0.2.11")).status).toBe(303);
  });
});
