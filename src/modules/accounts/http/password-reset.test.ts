import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount, signUpAndLogIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { linkIn, mailsTo } from "../../../../tests/support/mailbox";

/** A clock the test moves forward by hand. */
let now = new Date("2030-03-01T09:00:00Z");
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const MINUTE = 60 * 1000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
});
afterAll(() => t.close());

async function requestReset(email: string): Promise<{ browser: BrowserClient; location: string | null }> {
  const browser = new BrowserClient(t.app);
  await browser.get("/forgot-password");
  const response = await browser.post("/forgot-password", { email });
  return { browser, location: response.headers.get("location") };
}

describe("forgotten password", () => {
  it("mails a link, sets the new password, ends every session, and the link works once", async () => {
    const { browser: loggedIn, account } = await signUpAndLogIn(t.app, t.database, newAccount("Forgetful"));
    const { browser, location } = await requestReset(account.email);
    expect(location).toBe("/forgot-password?sent=1");
    await browser.get("/forgot-password?sent=1");
    expect(browser.lastHtml).toContain("Wenn zu dieser Adresse ein Konto gehört");

    const mail = (await mailsTo(t.database, account.email)).at(-1);
    expect(mail?.subject).toBe("Neues Passwort festlegen");
    expect(mail?.text).toContain("Der Link gilt eine Stunde");
    const link = linkIn(mail, "/reset-password");

    const form = await browser.get(link);
    expect(form.status).toBe(200);
    expect(browser.lastHtml).toMatch(/id="field-password"[^>]*autocomplete="new-password"/);
    const token = new URL(link, "http://x").searchParams.get("token") ?? "";

    // A refused password does not use the link up.
    const weak = await browser.post("/reset-password", { token, password: "Sonnenschein123" });
    expect(weak.status).toBe(422);
    expect(browser.lastHtml).toContain("Dieses Passwort wird sehr häufig benutzt");

    const newPassword = "Neue-Passphrase-am-Kanal";
    const saved = await browser.post("/reset-password", { token, password: newPassword });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/login?notice=passwordReset");

    // The session that existed before is gone.
    const profile = await loggedIn.get("/profile");
    expect(profile.status).toBe(303);

    await browser.get("/login?notice=passwordReset");
    expect(browser.lastHtml).toContain("Ihr neues Passwort ist gespeichert");
    expect((await browser.post("/login", { email: account.email, password: account.password })).status).toBe(422);
    expect((await browser.post("/login", { email: account.email, password: newPassword })).status).toBe(303);

    // Second use of the same link.
    const reuse = await new BrowserClient(t.app).get(link);
    expect(reuse.status).toBe(400);
    const other = new BrowserClient(t.app);
    await other.get("/forgot-password");
    const reusePost = await other.post("/reset-password", { token, password: "Noch-eine-Passphrase-hier" });
    expect(reusePost.status).toBe(400);
    expect(other.lastHtml).toContain("Dieser Link funktioniert nicht (mehr)");
  });

  it("stops working after an hour", async () => {
    const { account } = await signUpAndLogIn(t.app, t.database, newAccount("Slow"));
    await requestReset(account.email);
    const link = linkIn((await mailsTo(t.database, account.email)).at(-1), "/reset-password");
    advance(59 * MINUTE);
    expect((await new BrowserClient(t.app).get(link)).status).toBe(200);
    advance(2 * MINUTE);
    const browser = new BrowserClient(t.app);
    expect((await browser.get(link)).status).toBe(400);
    expect(browser.lastHtml).toContain('href="/forgot-password"');
    const token = new URL(link, "http://x").searchParams.get("token") ?? "";
    await browser.get("/forgot-password");
    expect((await browser.post("/reset-password", { token, password: "Spaete-Passphrase-am-Kanal" })).status).toBe(400);
    const login = new BrowserClient(t.app);
    await login.get("/login");
    expect((await login.post("/login", { email: account.email, password: account.password })).status).toBe(303);
  });

  it("gives the same answer for an address without an account, and sends nothing", async () => {
    const known = await requestReset((await signUpAndLogIn(t.app, t.database, newAccount())).account.email);
    const unknown = await requestReset("nobody-here@example.org");
    expect(unknown.location).toBe(known.location);
    expect(await mailsTo(t.database, "nobody-here@example.org")).toEqual([]);
  });

  it("limits reset requests per address", async () => {
    const email = "flood@example.org";
    const browser = new BrowserClient(t.app);
    await browser.get("/forgot-password");
    for (let i = 0; i < 5; i++) expect((await browser.post("/forgot-password", { email })).status).toBe(303);
    const refused = await browser.post("/forgot-password", { email });
    expect(refused.status).toBe(429);
    expect(browser.lastHtml).toContain("Zu viele Versuche");
  });

  it("mails in English to an account that chose English", async () => {
    const browser = new BrowserClient(t.app);
    const account = newAccount("Visitor");
    await browser.get("/register?lang=en");
    await browser.post("/register", account);
    const { location } = await requestReset(account.email);
    expect(location).toBe("/forgot-password?sent=1");
    const mail = (await mailsTo(t.database, account.email)).at(-1);
    expect(mail?.subject).toBe("Set a new password");
    // Following the reset link proves the address: the account can log in without the confirmation link.
    const token = new URL(linkIn(mail, "/reset-password"), "http://x").searchParams.get("token") ?? "";
    await browser.get("/forgot-password");
    expect((await browser.post("/reset-password", { token, password: "Englische-Passphrase-am-Kanal" })).status).toBe(
      303,
    );
    await browser.get("/login");
    expect(
      (await browser.post("/login", { email: account.email, password: "Englische-Passphrase-am-Kanal" })).status,
    ).toBe(303);
  });
});
