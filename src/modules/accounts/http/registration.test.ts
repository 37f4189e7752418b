import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount, signUpAndLogIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { linkIn, mailsTo } from "../../../../tests/support/mailbox";
import { sessions, users } from "../../../platform/identity/schema";
import { hashToken } from "../../../platform/security/tokens";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function register(browser: BrowserClient, fields: { email: string; displayName: string; password: string }) {
  await browser.get("/register");
  return browser.post("/register", fields);
}

describe("registration, confirmation and login", () => {
  it("register → mail arrives → follow the link → log in → profile → log out", async () => {
    const account = newAccount("Mara");
    const browser = new BrowserClient(t.app);
    const registered = await register(browser, account);
    expect(registered.status).toBe(303);
    expect(registered.headers.get("location")).toBe("/register/check-mail");
    await browser.get("/register/check-mail");
    expect(browser.lastHtml).toContain("Bitte schauen Sie in Ihr Postfach");

    const [mail] = await mailsTo(t.database, account.email);
    expect(mail?.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    expect(mail?.text).toContain(`Hallo ${account.displayName},`);
    const link = linkIn(mail, "/verify");
    expect(link).toMatch(/^\/verify\?token=[A-Za-z0-9_-]{43}$/);

    const verified = await browser.get(link);
    expect(verified.status).toBe(200);
    expect(browser.lastHtml).toContain("E-Mail-Adresse bestätigt");

    await browser.get("/login");
    const login = await browser.post("/login", { email: account.email, password: account.password });
    expect(login.status).toBe(303);
    expect(login.headers.get("location")).toBe("/");

    await browser.get("/profile");
    expect(browser.lastHtml).toContain("<h1>Mein Konto</h1>");
    expect(browser.lastHtml).toContain(account.email);
    expect(browser.lastHtml).toContain(`value="${account.displayName}"`);

    const logout = await browser.post("/logout", {});
    expect(logout.status).toBe(303);
    expect(logout.headers.get("location")).toBe("/login?notice=loggedOut");
    const afterLogout = await browser.get("/profile");
    expect(afterLogout.status).toBe(303);
    expect(afterLogout.headers.get("location")).toBe("/login?notice=loginRequired&next=%2Fprofile");
  });

  it("a confirmation link works only once", async () => {
    const account = newAccount();
    const browser = new BrowserClient(t.app);
    await register(browser, account);
    const link = linkIn((await mailsTo(t.database, account.email))[0], "/verify");
    expect((await browser.get(link)).status).toBe(200);
    const again = await browser.get(link);
    expect(again.status).toBe(400);
    expect(browser.lastHtml).toContain("Dieser Link funktioniert nicht (mehr)");
    expect(browser.lastHtml).toContain('href="/verify/resend"');
  });

  it("answers a second registration with the same address exactly like a new one, and mails the owner", async () => {
    const { account } = await signUpAndLogIn(t.app, t.database, newAccount("Owner"));
    const stranger = new BrowserClient(t.app);
    const fresh = newAccount("Fresh");
    const first = await register(stranger, fresh);
    const second = await register(stranger, {
      email: account.email.toUpperCase(),
      displayName: "Someone",
      password: "Eine-ganz-andere-Passphrase",
    });
    expect(second.status).toBe(first.status);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));

    const mails = await mailsTo(t.database, account.email);
    expect(mails.at(-1)?.subject).toBe("Sie haben bereits ein Konto");
    expect(mails.at(-1)?.text).toContain("/forgot-password");
    // The account itself is unchanged: the old password still works, the new one does not.
    const browser = new BrowserClient(t.app);
    await browser.get("/login");
    expect(
      (await browser.post("/login", { email: account.email, password: "Eine-ganz-andere-Passphrase" })).status,
    ).toBe(422);
    expect((await browser.post("/login", { email: account.email, password: account.password })).status).toBe(303);
  });

  it("refuses a common password, keeps the entered values but never the password", async () => {
    const browser = new BrowserClient(t.app);
    const response = await register(browser, {
      email: "common@example.org",
      displayName: "Kim",
      password: "Passwort1234!",
    });
    expect(response.status).toBe(422);
    const html = browser.lastHtml;
    expect(html).toContain("Bitte korrigieren Sie die folgenden Angaben");
    expect(html).toContain("Dieses Passwort wird sehr häufig benutzt");
    expect(html).toContain('href="#field-password"');
    expect(html).toMatch(
      /id="field-password"[^>]*aria-invalid="true"[^>]*aria-describedby="hint-password error-password"/,
    );
    expect(html).toContain('value="common@example.org"');
    expect(html).toContain('value="Kim"');
    expect(html).not.toContain("Passwort1234!");
    expect(await mailsTo(t.database, "common@example.org")).toEqual([]);
  });

  it("refuses a password that contains the e-mail address or the name, and shows every field error", async () => {
    const browser = new BrowserClient(t.app);
    await register(browser, {
      email: "jo.weber@example.org",
      displayName: "Jo Weber",
      password: "jo.weber-in-pankow-2024",
    });
    expect(browser.lastHtml).toContain("darf Ihre E-Mail-Adresse oder Ihren Namen nicht enthalten");
    await register(browser, { email: "not-an-address", displayName: "", password: "short" });
    expect(browser.lastHtml).toContain("Bitte geben Sie eine gültige E-Mail-Adresse ein");
    expect(browser.lastHtml).toContain("Bitte geben Sie einen Anzeigenamen ein.");
    expect(browser.lastHtml).toContain("mindestens 12 Zeichen lang");
  });

  it("shows the registration form with labels, hints and autocomplete attributes, in English too", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get("/register?lang=en");
    const html = browser.lastHtml;
    expect(html).toContain("<h1>Register</h1>");
    expect(html).toMatch(/<label for="field-email">E-mail address/);
    expect(html).toMatch(/id="field-email"[^>]*type="email"[^>]*autocomplete="email"/);
    expect(html).toMatch(/id="field-password"[^>]*type="password"[^>]*autocomplete="new-password"/);
    expect(html).toContain('aria-describedby="hint-password"');
  });

  it("refuses the wrong password without saying whether the address exists", async () => {
    const { account } = await signUpAndLogIn(t.app, t.database, newAccount());
    const browser = new BrowserClient(t.app);
    await browser.get("/login");
    const wrong = await browser.post("/login", { email: account.email, password: "Falsche-Passphrase-123" });
    expect(wrong.status).toBe(422);
    const wrongHtml = browser.lastHtml;
    expect(wrongHtml).toContain("E-Mail-Adresse oder Passwort sind nicht richtig.");
    expect(wrongHtml).toContain(`value="${account.email}"`);
    expect(wrongHtml).not.toContain("Falsche-Passphrase-123");
    await browser.post("/login", { email: "nobody@example.org", password: "Falsche-Passphrase-123" });
    expect(browser.lastHtml).toContain("E-Mail-Adresse oder Passwort sind nicht richtig.");
    expect(browser.cookies.has("__Host-gemeinsam_session")).toBe(false);
  });

  it("asks to confirm the address first, with a link to send the confirmation mail again", async () => {
    const account = newAccount("Unconfirmed");
    const browser = new BrowserClient(t.app);
    await register(browser, account);
    await browser.get("/login");
    const response = await browser.post("/login", { email: account.email, password: account.password });
    expect(response.status).toBe(422);
    expect(browser.lastHtml).toContain("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse");
    expect(browser.lastHtml).toContain('<a href="/verify/resend">Bestätigungslink erneut schicken</a>');
    expect(browser.cookies.has("__Host-gemeinsam_session")).toBe(false);

    await browser.get("/verify/resend");
    const resent = await browser.post("/verify/resend", { email: account.email });
    expect(resent.headers.get("location")).toBe("/verify/resend?sent=1");
    const mails = await mailsTo(t.database, account.email);
    expect(mails).toHaveLength(2);
    // Only the newest link counts.
    expect((await browser.get(linkIn(mails[0], "/verify"))).status).toBe(400);
    expect((await browser.get(linkIn(mails[1], "/verify"))).status).toBe(200);
    await browser.get("/login");
    expect((await browser.post("/login", { email: account.email, password: account.password })).status).toBe(303);
  });

  it("gives a new session id at login and deletes the old one", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount());
    const first = browser.cookies.get("__Host-gemeinsam_session");
    expect(first).toBeDefined();
    await browser.get("/login?next=/profile");
    // Already signed in: the login page sends on.
    await browser.get("/");
    const again = await browser.post("/login", { email: account.email, password: account.password });
    expect(again.status).toBe(303);
    const second = browser.cookies.get("__Host-gemeinsam_session");
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const old = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, hashToken(first ?? "")));
    expect(old).toEqual([]);
    // The new id carries 128 random bits.
    expect(Buffer.from(second ?? "", "base64url")).toHaveLength(16);
  });

  it("sets the session cookie with the __Host- prefix, HttpOnly, Secure, SameSite=Lax and Path=/", async () => {
    const account = newAccount();
    const browser = new BrowserClient(t.app);
    await register(browser, account);
    await browser.get(linkIn((await mailsTo(t.database, account.email))[0], "/verify"));
    await browser.get("/login");
    const response = await browser.post("/login", { email: account.email, password: account.password });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("__Host-gemeinsam_session="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it("stores argon2id hashes, never the password", async () => {
    const { account } = await signUpAndLogIn(t.app, t.database, newAccount());
    const [row] = await t.database.db.select().from(users).where(eq(users.email, account.email));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain(account.password);
  });

  it("goes on to a local page after login, never to another site", async () => {
    const { account } = await signUpAndLogIn(t.app, t.database, newAccount());
    const browser = new BrowserClient(t.app);
    for (const [next, expected] of [
      ["/profile", "/profile"],
      ["//evil.example/", "/"],
      ["https://evil.example/", "/"],
      ["/\\evil.example", "/"],
    ] as const) {
      await browser.get(`/login?next=${encodeURIComponent(next)}`);
      if (expected === "/profile") expect(browser.lastHtml).toContain('name="next" value="/profile"');
      const response = await browser.post("/login", { email: account.email, password: account.password, next });
      expect(response.headers.get("location"), next).toBe(expected);
      await browser.post("/logout", {});
    }
  });

  it("makes the pair of account and address wait after five wrong passwords, even for the right one", async () => {
    const { account } = await signUpAndLogIn(t.app, t.database, newAccount("Limited"));
    const browser = new BrowserClient(t.app);
    await browser.get("/login");
    // Five wrong passwords are free (the successful sign-up login cleared the count).
    for (let i = 0; i < 5; i++) {
      expect((await browser.post("/login", { email: account.email, password: `Falsch-${i}-abcdefgh` })).status).toBe(
        422,
      );
    }
    const slowed = await browser.post("/login", { email: account.email, password: "Falsch-5-abcdefgh" });
    expect(slowed.status).toBe(429);
    const refused = await browser.post("/login", { email: account.email, password: account.password });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(browser.lastHtml).toContain("Zu viele Versuche");
    expect(browser.cookies.has("__Host-gemeinsam_session")).toBe(false);
  });

  it("keeps the chosen language for the account and sends mails in it", async () => {
    const account = newAccount("English");
    const browser = new BrowserClient(t.app);
    await browser.get("/register?lang=en");
    await browser.post("/register", account);
    const [mail] = await mailsTo(t.database, account.email);
    expect(mail?.subject).toBe("Please confirm your e-mail address");
    const [row] = await t.database.db
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.email, account.email));
    expect(row?.locale).toBe("en");
  });
});
