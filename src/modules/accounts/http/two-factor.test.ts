import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAccount, newAccount, signIn, signUpAndLogIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { auditLog } from "../../../platform/audit/schema";
import { hashPassword } from "../../../platform/identity/passwords";
import { recoveryCodes, sessions, twoFactorCredentials, users } from "../../../platform/identity/schema";
import { totpCodeAt } from "../domain/two-factor";

/** The clock the app runs on; each test moves it on. */
let now = new Date("2026-03-02T09:00:00.000Z");
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => new Date(now) } });
});
afterAll(() => t.close());
beforeEach(() => {
  // A fresh quarter of an hour for every test, so the limits of one test do not reach the next.
  now = new Date(now.getTime() + 60 * 60 * 1000);
});

function later(seconds: number): void {
  now = new Date(now.getTime() + seconds * 1000);
}

async function userId(email: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no account ${email}`);
  return row.id;
}

async function auditActions(id: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.objectId, id))
    .orderBy(auditLog.at);
  return rows.map((r) => r.action);
}

/** The key the set-up page shows for typing in by hand, without its spaces. */
function shownSecret(html: string): string {
  const match = html.match(/data-secret-key="">([A-Z2-7 ]+)<\/code>/);
  if (!match?.[1]) throw new Error(`no key on the page:\n${html.slice(0, 3000)}`);
  return match[1].replace(/ /g, "");
}

/** Sets the app up through the profile pages; returns the key and the recovery codes shown once. */
async function enrol(browser: BrowserClient): Promise<{ secret: string; codes: string[] }> {
  await browser.get("/profile/two-factor");
  const started = await browser.post("/profile/two-factor/setup", {});
  expect(started.status).toBe(303);
  await browser.get("/profile/two-factor");
  const secret = shownSecret(browser.lastHtml);
  const confirmed = await browser.post("/profile/two-factor/confirm", { code: totpCodeAt(secret, now) });
  expect(confirmed.status).toBe(200);
  const codes = [...browser.lastHtml.matchAll(/<li><code>([0-9A-Z-]+)<\/code><\/li>/g)].map((m) => m[1] as string);
  return { secret, codes };
}

async function logInWithPassword(email: string, password: string, next?: string) {
  const browser = new BrowserClient(t.app);
  await browser.get("/login");
  const response = await browser.post("/login", { email, password, ...(next ? { next } : {}) });
  return { browser, response };
}

describe("setting up a second factor on the profile", () => {
  it("shows a QR code drawn on the page and the key in groups, confirms with a code, then shows ten recovery codes once", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Zweifach"));
    await browser.get("/profile");
    expect(browser.lastHtml).toContain("Zweiten Faktor verwalten");
    await browser.get("/profile/two-factor");
    expect(browser.lastHtml).toContain("Der zweite Faktor ist ausgeschaltet.");

    await browser.post("/profile/two-factor/setup", {});
    const page = await browser.get("/profile/two-factor");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(browser.lastHtml).toMatch(
      /<div class="qr-code" role="img" aria-label="QR-Code zum Einrichten der App"><svg /,
    );
    expect(browser.lastHtml).toMatch(/data-secret-key="">[A-Z2-7]{4}( [A-Z2-7]{4}){7}<\/code>/);
    const secret = shownSecret(browser.lastHtml);
    expect(secret).toHaveLength(32);
    const id = await userId(account.email);
    const [stored] = await t.database.db.select().from(twoFactorCredentials).where(eq(twoFactorCredentials.userId, id));
    expect(stored?.secretSealed).not.toContain(secret);

    const wrong = await browser.post("/profile/two-factor/confirm", { code: "000000" });
    expect(wrong.status).toBe(422);
    expect(browser.lastHtml).toContain('id="error-code"');
    expect(browser.lastHtml).toContain("Dieser Code stimmt nicht.");
    const empty = await browser.post("/profile/two-factor/confirm", { code: "" });
    expect(empty.status).toBe(422);
    expect(browser.lastHtml).toContain("Bitte geben Sie den Code aus der App ein.");

    const confirmed = await browser.post("/profile/two-factor/confirm", { code: totpCodeAt(secret, now) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers.get("cache-control")).toBe("no-store");
    expect(browser.lastHtml).toContain("Ihre Wiederherstellungscodes");
    const codes = [...browser.lastHtml.matchAll(/<li><code>([0-9A-Z-]+)<\/code><\/li>/g)].map((m) => m[1]);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const stored10 = await t.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, id));
    expect(stored10).toHaveLength(10);
    expect(stored10.map((r) => r.codeHash)).not.toContain(codes[0]);

    await browser.get("/profile/two-factor");
    expect(browser.lastHtml).toContain("Der zweite Faktor ist eingeschaltet.");
    expect(browser.lastHtml).toContain("Ungenutzte Wiederherstellungscodes: 10");
    expect(browser.lastHtml).not.toContain(secret.slice(0, 4));
    expect(browser.lastHtml).not.toContain(codes[0]);
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining(["account.twoFactor.setupStart", "account.twoFactor.enrol"]),
    );
  });

  it("is not open to guests", async () => {
    const guest = new BrowserClient(t.app);
    const page = await guest.get("/profile/two-factor");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toContain("/login");
    await guest.get("/login");
    const setup = await guest.post("/profile/two-factor/setup", {});
    expect(setup.status).toBe(401);
  });
});

describe("signing in with a second factor", () => {
  it("asks for the code after the password and makes the session only then", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Anmeldung"));
    const { secret } = await enrol(browser);
    later(60);

    const { browser: next, response } = await logInWithPassword(account.email, account.password, "/profile");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login/second-factor?next=%2Fprofile");
    // Not signed in yet: the password alone opens nothing.
    const profile = await next.get("/profile");
    expect(profile.status).toBe(303);
    expect(profile.headers.get("location")).toContain("/login");

    await next.get("/login/second-factor?next=%2Fprofile");
    expect(next.lastHtml).toContain("Code aus der App oder Wiederherstellungscode");
    const wrong = await next.post("/login/second-factor", { code: "123456", next: "/profile" });
    expect(wrong.status).toBe(422);
    expect(next.lastHtml).toContain("Dieser Code stimmt nicht oder wurde schon benutzt.");

    const code = totpCodeAt(secret, now);
    const right = await next.post("/login/second-factor", { code, next: "/profile" });
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/profile");
    expect((await next.get("/profile")).status).toBe(200);
    const id = await userId(account.email);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.userId, id));
    expect(session?.secondFactorAt).not.toBeNull();
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining(["account.login.password", "account.twoFactor.failed", "account.login.secondFactor"]),
    );

    // The same code again, a few seconds later in another browser: refused.
    later(5);
    const { browser: replay } = await logInWithPassword(account.email, account.password);
    const replayed = await replay.post("/login/second-factor", { code });
    expect(replayed.status).toBe(422);
  });

  it("accepts the code of the step before and after, but not two steps away", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Uhr"));
    const { secret } = await enrol(browser);
    later(120);

    const { browser: b1 } = await logInWithPassword(account.email, account.password);
    expect(
      (await b1.post("/login/second-factor", { code: totpCodeAt(secret, new Date(now.getTime() - 60_000)) })).status,
    ).toBe(422);
    expect(
      (await b1.post("/login/second-factor", { code: totpCodeAt(secret, new Date(now.getTime() - 30_000)) })).status,
    ).toBe(303);

    later(120);
    const { browser: b2 } = await logInWithPassword(account.email, account.password);
    expect(
      (await b2.post("/login/second-factor", { code: totpCodeAt(secret, new Date(now.getTime() + 60_000)) })).status,
    ).toBe(422);
    expect(
      (await b2.post("/login/second-factor", { code: totpCodeAt(secret, new Date(now.getTime() + 30_000)) })).status,
    ).toBe(303);
  });

  it("lets a recovery code in once, then sends the account to set up its app again", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Verloren"));
    const { codes } = await enrol(browser);
    const [first] = codes;
    if (!first) throw new Error("no recovery code shown");

    const { browser: lost } = await logInWithPassword(account.email, account.password);
    const used = await lost.post("/login/second-factor", { code: first.toLowerCase().replace(/-/g, " ") });
    expect(used.status).toBe(303);
    expect(used.headers.get("location")).toBe("/profile/two-factor?notice=recoveryUsed");
    await lost.get("/profile/two-factor?notice=recoveryUsed");
    expect(lost.lastHtml).toContain("Sie haben sich mit einem Wiederherstellungscode angemeldet.");
    expect(lost.lastHtml).toContain("Ungenutzte Wiederherstellungscodes: 9");
    expect(await auditActions(await userId(account.email))).toContain("account.twoFactor.recoveryCodeUsed");

    const { browser: again } = await logInWithPassword(account.email, account.password);
    const reused = await again.post("/login/second-factor", { code: first });
    expect(reused.status).toBe(422);
    expect(again.lastHtml).toContain("Dieser Code stimmt nicht oder wurde schon benutzt.");

    // A new phone: switch off with the password (the wrong one changes nothing), set up again.
    const refused = await lost.post("/profile/two-factor/disable", { currentPassword: "nicht das Passwort" });
    expect(refused.status).toBe(422);
    expect(lost.lastHtml).toContain("Das Passwort ist nicht richtig.");
    const off = await lost.post("/profile/two-factor/disable", { currentPassword: account.password });
    expect(off.status).toBe(303);
    const { response } = await logInWithPassword(account.email, account.password);
    expect(response.headers.get("location")).toBe("/");
    const { codes: newCodes } = await enrol(lost);
    expect(newCodes).toHaveLength(10);
    expect(newCodes).not.toContain(codes[1]);
    expect(await auditActions(await userId(account.email))).toContain("account.twoFactor.disable");
  });

  it("forgets the password step after five minutes", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Langsam"));
    const { secret } = await enrol(browser);
    later(60);
    const { browser: slow } = await logInWithPassword(account.email, account.password);
    later(301);
    const response = await slow.post("/login/second-factor", { code: totpCodeAt(secret, now) });
    expect(response.status).toBe(422);
    expect(slow.lastHtml).toContain("Die Anmeldung hat zu lange gedauert.");
    expect((await slow.get("/login/second-factor")).headers.get("location")).toBe("/login");
  });

  it("refuses a forged pending sign-in", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Falsch"));
    const { secret } = await enrol(browser);
    const forger = new BrowserClient(t.app);
    await forger.get("/login");
    const id = await userId(account.email);
    forger.cookies.set("__Host-gemeinsam_pending_login", `${id}.${now.getTime() + 60_000}.forged`);
    const response = await forger.post("/login/second-factor", { code: totpCodeAt(secret, now) });
    expect(response.status).toBe(422);
    expect(forger.lastHtml).toContain("Die Anmeldung hat zu lange gedauert.");
  });

  it("limits guessing the code as it limits guessing the password", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Raten"));
    await enrol(browser);
    const { browser: guesser } = await logInWithPassword(account.email, account.password);
    const statuses: number[] = [];
    for (let i = 0; i < 40 && !statuses.includes(429); i++) {
      statuses.push((await guesser.post("/login/second-factor", { code: String(100000 + i) })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 422 && s !== 429)).toEqual([]);
  });
});

describe("the limit on guessing codes", () => {
  it("forgets the wrong codes once the right one comes", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Vertippt"));
    const { secret } = await enrol(browser);
    later(60);
    const { browser: owner } = await logInWithPassword(account.email, account.password);
    for (let i = 0; i < 4; i++) expect((await owner.post("/login/second-factor", { code: "999999" })).status).toBe(422);
    expect((await owner.post("/login/second-factor", { code: totpCodeAt(secret, now) })).status).toBe(303);
    later(60);
    const { browser: again } = await logInWithPassword(account.email, account.password);
    for (let i = 0; i < 5; i++) expect((await again.post("/login/second-factor", { code: "999999" })).status).toBe(422);
  });
});

describe("accounts whose role requires a second factor", () => {
  async function officeAccount() {
    const account = newAccount("Office");
    const id = await createAccount(t.deps, { email: account.email, roles: ["strategy_office"] });
    await t.database.db
      .update(users)
      .set({ passwordHash: await hashPassword(account.password) })
      .where(eq(users.id, id));
    return { account, id };
  }

  it("can use nothing but the set-up pages until the app is set up", async () => {
    const { account, id } = await officeAccount();
    const { browser, response } = await logInWithPassword(account.email, account.password);
    expect(response.status).toBe(303);
    for (const path of ["/", "/profile", "/measures", "/profile/tokens"]) {
      const page = await browser.get(path);
      expect(page.status, path).toBe(303);
      expect(page.headers.get("location"), path).toBe("/profile/two-factor?notice=required");
    }
    await browser.get("/profile/two-factor?notice=required");
    expect(browser.lastHtml).toContain("Bevor Sie weitermachen können, richten Sie bitte einen zweiten Faktor ein.");
    expect(browser.lastHtml).not.toContain("Zurück zu „Mein Konto“");
    const write = await browser.post("/profile", { displayName: "Neu", locale: "de" });
    expect(write.status).toBe(303);
    expect(write.headers.get("location")).toBe("/profile/two-factor?notice=required");
    const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(row?.displayName).not.toBe("Neu");

    await enrol(browser);
    expect((await browser.get("/profile")).status).toBe(200);
    expect((await browser.get("/")).status).toBe(200);
  });

  it("cannot switch the app off without being sent to set it up again", async () => {
    const { account } = await officeAccount();
    const { browser } = await logInWithPassword(account.email, account.password);
    await enrol(browser);
    await browser.get("/profile/two-factor");
    expect(browser.lastHtml).toContain("Nach dem Ausschalten richten Sie ihn gleich neu ein.");
    await browser.post("/profile/two-factor/disable", { currentPassword: account.password });
    const home = await browser.get("/");
    expect(home.headers.get("location")).toBe("/profile/two-factor?notice=required");
  });

  it("is what the test helper's signed-in sessions count as having passed", async () => {
    const id = await createAccount(t.deps, { email: newAccount("Helper").email, roles: ["administrator"] });
    const passed = new BrowserClient(t.app);
    await signIn(passed, t.deps, id);
    expect((await passed.get("/admin")).status).toBe(200);
    const passwordOnly = new BrowserClient(t.app);
    await signIn(passwordOnly, t.deps, id, { secondFactor: false });
    expect((await passwordOnly.get("/admin")).headers.get("location")).toBe("/profile/two-factor?notice=required");
  });

  it("follows the configured roles: with none required, nobody is sent to set it up", async () => {
    const relaxed = await createTestApp({ env: { GEMEINSAM_2FA_REQUIRED_ROLES: "" } });
    try {
      const id = await createAccount(relaxed.deps, { email: "chefin@example.org", roles: ["administrator"] });
      const browser = new BrowserClient(relaxed.app);
      await signIn(browser, relaxed.deps, id, { secondFactor: false });
      expect((await browser.get("/admin")).status).toBe(200);
    } finally {
      await relaxed.close();
    }
  });
});

describe("the stored secrets", () => {
  it("keep no recovery code and no key in plain text", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Tresor"));
    const { secret, codes } = await enrol(browser);
    const id = await userId(account.email);
    const dump = JSON.stringify([
      await t.database.db.select().from(twoFactorCredentials).where(eq(twoFactorCredentials.userId, id)),
      await t.database.db
        .select()
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, id))),
    ]);
    expect(dump).not.toContain(secret);
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace(/-/g, ""));
    }
  });
});

describe("personal data", () => {
  it("says in the download that an app is set up, without its key, and the account deletion removes it", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Daten"));
    const { secret, codes } = await enrol(browser);
    const download = await browser.get("/profile/data");
    const text = await download.text();
    expect(JSON.parse(text).twoFactor).toMatchObject({ recoveryCodes: 10, recoveryCodesUsed: 0 });
    expect(text).not.toContain(secret);
    expect(text).not.toContain(codes[0]);

    const id = await userId(account.email);
    await browser.get("/profile/delete");
    expect((await browser.post("/profile/delete", { password: account.password })).status).toBe(303);
    expect(await t.database.db.select().from(twoFactorCredentials).where(eq(twoFactorCredentials.userId, id))).toEqual(
      [],
    );
    expect(await t.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, id))).toEqual([]);
  });
});
