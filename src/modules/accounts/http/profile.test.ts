import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount, signIn, signUpAndLogIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { linkIn, mailsTo } from "../../../../tests/support/mailbox";
import { auditLog } from "../../../platform/audit/schema";
import { translator } from "../../../platform/i18n/i18n";
import { ensureFirstAdmin } from "../../../platform/identity/first-admin";
import { apiTokens, roleAssignments, sessions, users } from "../../../platform/identity/schema";
import { hashToken } from "../../../platform/security/tokens";
import { accountName } from "../domain/account-name";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function userRow(email: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no account ${email}`);
  return row;
}

describe("the language switch in the header, while signed in", () => {
  it("is a form that stores the language on the account and returns to the same page", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Switch"));
    await browser.get("/measures?q=Kiez");
    expect(browser.lastHtml).toContain('action="/profile/language"');
    expect(browser.lastHtml).not.toContain('hreflang="en"');

    const switched = await browser.post("/profile/language", { locale: "en", next: "/measures?q=Kiez" });
    expect(switched.status).toBe(303);
    expect(switched.headers.get("location")).toBe("/measures?q=Kiez");
    expect((await userRow(account.email)).locale).toBe("en");
    await browser.get("/");
    expect(browser.lastHtml).toContain('<html lang="en">');
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.objectId, (await userRow(account.email)).id));
    expect(entries.map((entry) => entry.action)).toContain("account.language.set");

    // Logging out keeps the language for this browser: the farewell is in English, too.
    await browser.post("/logout", {});
    await browser.get("/login?notice=loggedOut");
    expect(browser.lastHtml).toContain('<html lang="en">');
    expect(browser.lastHtml).toContain("You have logged out.");
  });

  it("refuses an unknown language and a path to another site, changing nothing", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Switch"));
    await browser.get("/");
    const unknown = await browser.post("/profile/language", { locale: "xx", next: "/" });
    expect(unknown.status).toBe(422);
    expect((await userRow(account.email)).locale).toBe("de");
    await browser.get("/");
    const away = await browser.post("/profile/language", { locale: "en", next: "//evil.example/" });
    expect(away.status).toBe(303);
    expect(away.headers.get("location")).toBe("/");
  });
});

describe("the profile", () => {
  it("saves display name, language, district and stakeholder group", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Profile"));
    await browser.get("/profile");
    expect(browser.lastHtml).toContain("Charlottenburg-Wilmersdorf");
    expect(browser.lastHtml).toContain("Zivilgesellschaft");
    const saved = await browser.post("/profile", {
      displayName: "Kiezläuferin",
      locale: "en",
      district: "neukoelln",
      stakeholderGroup: "civil_society",
    });
    expect(saved.status).toBe(303);
    await browser.get("/profile?saved=1");
    expect(browser.lastHtml).toContain('<html lang="en">');
    expect(browser.lastHtml).toContain("Your details are saved.");
    expect(browser.lastHtml).toContain('value="Kiezläuferin"');
    expect(browser.lastHtml).toMatch(/<option value="neukoelln" selected="">Neukölln<\/option>/);
    expect(browser.lastHtml).toMatch(/<option value="civil_society" selected="">Civil society<\/option>/);
    const row = await userRow(account.email);
    expect(row).toMatchObject({
      displayName: "Kiezläuferin",
      locale: "en",
      district: "neukoelln",
      stakeholderGroup: "civil_society",
    });

    await browser.post("/profile", { displayName: "Kiezläuferin", locale: "de", district: "", stakeholderGroup: "" });
    expect(await userRow(account.email)).toMatchObject({ locale: "de", district: null, stakeholderGroup: null });
  });

  it("refuses an unknown district and an empty name, and keeps what was entered", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount());
    await browser.get("/profile");
    const response = await browser.post("/profile", {
      displayName: "",
      locale: "de",
      district: "atlantis",
      stakeholderGroup: "science",
    });
    expect(response.status).toBe(422);
    expect(browser.lastHtml).toContain("Bitte geben Sie einen Anzeigenamen ein.");
    expect(browser.lastHtml).toContain("Bitte wählen Sie einen der Berliner Bezirke");
    expect(browser.lastHtml).toMatch(/<option value="science" selected="">/);
    expect((await userRow(account.email)).displayName).toBe(account.displayName);
  });

  it("sends guests to the login and back", async () => {
    const browser = new BrowserClient(t.app);
    for (const path of [
      "/profile",
      "/profile/email",
      "/profile/password",
      "/profile/tokens",
      "/profile/data",
      "/profile/delete",
    ]) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get("location")).toBe(`/login?notice=loginRequired&next=${encodeURIComponent(path)}`);
    }
  });
});

describe("changing the e-mail address", () => {
  it("confirms the new address by mail, tells the old one, and the new address is the login", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Mover"));
    await browser.get("/profile/email");
    const wrong = await browser.post("/profile/email", {
      newEmail: "mover-new@example.org",
      currentPassword: "nicht-das-passwort",
    });
    expect(wrong.status).toBe(422);
    expect(browser.lastHtml).toContain("Das Passwort ist nicht richtig.");
    expect(browser.lastHtml).toContain('value="mover-new@example.org"');

    const requested = await browser.post("/profile/email", {
      newEmail: "Mover-New@Example.org",
      currentPassword: account.password,
    });
    expect(requested.headers.get("location")).toBe("/profile/email?sent=1");
    // Nothing changes until the link is followed.
    expect((await userRow(account.email)).email).toBe(account.email);

    const [mail] = await mailsTo(t.database, "mover-new@example.org");
    expect(mail?.subject).toBe("Bitte bestätigen Sie Ihre neue E-Mail-Adresse");
    await browser.get(linkIn(mail, "/verify"));
    expect(browser.lastHtml).toContain("Neue E-Mail-Adresse bestätigt");

    const notice = (await mailsTo(t.database, account.email)).at(-1);
    expect(notice?.subject).toBe("Die E-Mail-Adresse Ihres Kontos wurde geändert");
    expect(notice?.text).toContain("mover-new@example.org");

    const fresh = new BrowserClient(t.app);
    await fresh.get("/login");
    expect((await fresh.post("/login", { email: account.email, password: account.password })).status).toBe(422);
    expect((await fresh.post("/login", { email: "mover-new@example.org", password: account.password })).status).toBe(
      303,
    );
  });

  it("gives the same answer for an address that belongs to someone else, and changes nothing", async () => {
    const other = await signUpAndLogIn(t.app, t.database, newAccount("Taken"));
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Grabber"));
    const before = (await mailsTo(t.database, other.account.email)).length;
    await browser.get("/profile/email");
    const response = await browser.post("/profile/email", {
      newEmail: other.account.email,
      currentPassword: account.password,
    });
    expect(response.headers.get("location")).toBe("/profile/email?sent=1");
    expect(await mailsTo(t.database, other.account.email)).toHaveLength(before);
    expect((await userRow(account.email)).email).toBe(account.email);
  });
});

describe("changing the password", () => {
  it("needs the current password, checks the new one and ends the other sessions", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Changer"));
    const elsewhere = new BrowserClient(t.app);
    await elsewhere.get("/login");
    await elsewhere.post("/login", { email: account.email, password: account.password });
    expect((await elsewhere.get("/profile")).status).toBe(200);

    await browser.get("/profile/password");
    expect(browser.lastHtml).toMatch(/id="field-currentPassword"[^>]*autocomplete="current-password"/);
    expect(browser.lastHtml).toMatch(/id="field-newPassword"[^>]*autocomplete="new-password"/);
    await browser.post("/profile/password", {
      currentPassword: "falsch-falsch-falsch",
      newPassword: "Gute-neue-Passphrase",
    });
    expect(browser.lastHtml).toContain("Das Passwort ist nicht richtig.");
    await browser.post("/profile/password", { currentPassword: account.password, newPassword: "passwort12345" });
    expect(browser.lastHtml).toContain("Dieses Passwort wird sehr häufig benutzt");

    const done = await browser.post("/profile/password", {
      currentPassword: account.password,
      newPassword: "Gute-neue-Passphrase",
    });
    expect(done.headers.get("location")).toBe("/profile/password?done=1");
    expect((await browser.get("/profile")).status).toBe(200);
    expect((await elsewhere.get("/profile")).status).toBe(303);
  });
});

describe("API tokens", () => {
  it("are shown once, stored as a hash, work with the API and stop working when revoked", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Coder"));
    await browser.get("/profile/tokens");
    expect(browser.lastHtml).toContain("Sie haben noch keine API-Schlüssel.");
    const created = await browser.post("/profile/tokens", { name: "Mein Skript" });
    expect(created.status).toBe(201);
    const token = browser.lastHtml.match(/<code class="token-value">(gem_[A-Za-z0-9_-]{43})<\/code>/)?.[1];
    expect(token).toBeDefined();

    const user = await userRow(account.email);
    const [stored] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.userId, user.id));
    expect(stored?.tokenHash).toBe(hashToken(token ?? ""));
    expect(JSON.stringify(stored)).not.toContain(token);

    await browser.get("/profile/tokens");
    expect(browser.lastHtml).toContain("Mein Skript");
    expect(browser.lastHtml).not.toContain(token);

    const me = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      id: user.id,
      displayName: account.displayName,
      roles: [{ role: "resident" }],
    });

    const revokeAction = browser.lastHtml.match(/action="(\/profile\/tokens\/[0-9a-f-]+\/revoke)"/)?.[1];
    expect(revokeAction).toBeDefined();
    const revoked = await browser.post(revokeAction ?? "", {});
    expect(revoked.status).toBe(303);
    await browser.get(revoked.headers.get("location") ?? "");
    expect(browser.lastHtml).toContain("Der Schlüssel „Mein Skript“ ist widerrufen");

    const refused = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("can't revoke someone else's token", async () => {
    const owner = await signUpAndLogIn(t.app, t.database, newAccount("Owner"));
    await owner.browser.get("/profile/tokens");
    await owner.browser.post("/profile/tokens", { name: "Fremd" });
    const token = owner.browser.lastHtml.match(/(gem_[A-Za-z0-9_-]{43})/)?.[1] ?? "";
    await owner.browser.get("/profile/tokens");
    const action = owner.browser.lastHtml.match(/action="(\/profile\/tokens\/[0-9a-f-]+\/revoke)"/)?.[1] ?? "";

    const { browser } = await signUpAndLogIn(t.app, t.database, newAccount("Intruder"));
    await browser.get("/profile/tokens");
    expect((await browser.post(action, {})).status).toBe(404);
    expect((await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it("requires a name", async () => {
    const { browser } = await signUpAndLogIn(t.app, t.database, newAccount());
    await browser.get("/profile/tokens");
    expect((await browser.post("/profile/tokens", { name: "  " })).status).toBe(422);
    expect(browser.lastHtml).toContain("Bitte geben Sie dem Schlüssel einen Namen.");
  });
});

describe("download my data", () => {
  it("contains everything about me, no secrets, and nothing of anyone else", async () => {
    const other = await signUpAndLogIn(t.app, t.database, newAccount("Neighbour"));
    await other.browser.get("/profile");
    await other.browser.post("/profile", {
      displayName: "Nachbarin",
      locale: "de",
      district: "pankow",
      stakeholderGroup: "",
    });

    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Curious"));
    await browser.get("/profile");
    await browser.post("/profile", {
      displayName: account.displayName,
      locale: "de",
      district: "spandau",
      stakeholderGroup: "science",
    });
    await browser.get("/profile/tokens");
    await browser.post("/profile/tokens", { name: "Datenexport" });
    const token = browser.lastHtml.match(/(gem_[A-Za-z0-9_-]{43})/)?.[1] ?? "";

    const response = await browser.get("/profile/data");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="gemeinsam-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = await response.text();
    const data = JSON.parse(text);

    expect(data.account).toMatchObject({
      email: account.email,
      displayName: account.displayName,
      district: "spandau",
      stakeholderGroup: "science",
    });
    expect(data.roles).toEqual([expect.objectContaining({ role: "resident" })]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ current: true });
    expect(Object.keys(data.sessions[0])).not.toContain("idHash");
    expect(data.apiTokens).toEqual([expect.objectContaining({ name: "Datenexport" })]);
    expect(data.auditEntries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(["account.profile.update", "account.apiToken.create"]),
    );
    expect(data.mails.map((m: { subject: string }) => m.subject)).toContain("Bitte bestätigen Sie Ihre E-Mail-Adresse");

    // No secrets: no password hash, no session id, no token value or hash.
    const user = await userRow(account.email);
    expect(text).not.toContain(user.passwordHash ?? "-");
    expect(text).not.toContain("argon2");
    expect(text).not.toContain(token);
    expect(text).not.toContain(hashToken(token));
    expect(text).not.toContain(browser.cookies.get("__Host-gemeinsam_session") ?? "-");
    // Nothing of the other account.
    expect(text).not.toContain(other.account.email);
    expect(text).not.toContain("Nachbarin");
    expect(text).not.toContain("pankow");
  });
});

describe("deleting the account", () => {
  it("needs the password, anonymises the account, ends its sessions and keeps the audit trail", async () => {
    const { browser, account } = await signUpAndLogIn(t.app, t.database, newAccount("Leaver"));
    await browser.get("/profile/tokens");
    await browser.post("/profile/tokens", { name: "Weg damit" });
    const token = browser.lastHtml.match(/(gem_[A-Za-z0-9_-]{43})/)?.[1] ?? "";
    const { id } = await userRow(account.email);

    await browser.get("/profile/delete");
    expect(browser.lastHtml).toContain("Das lässt sich nicht rückgängig machen.");
    const wrong = await browser.post("/profile/delete", { password: "nicht-mein-passwort" });
    expect(wrong.status).toBe(422);
    expect(browser.lastHtml).toContain("Das Passwort ist nicht richtig.");

    const deleted = await browser.post("/profile/delete", { password: account.password });
    expect(deleted.headers.get("location")).toBe("/profile/deleted");
    await browser.get("/profile/deleted");
    expect(browser.lastHtml).toContain("Ihr Konto ist gelöscht");
    expect(browser.lastHtml).toContain('href="/login"');

    const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({
      email: null,
      passwordHash: null,
      emailVerifiedAt: null,
      district: null,
      stakeholderGroup: null,
    });
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect(accountName(row, translator("de"))).toBe("gelöschtes Konto");
    expect(accountName(row, translator("en"))).toBe("deleted account");
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
    expect(await t.database.db.select().from(apiTokens).where(eq(apiTokens.userId, id))).toEqual([]);
    expect(await t.database.db.select().from(roleAssignments).where(eq(roleAssignments.userId, id))).toEqual([]);
    expect(await mailsTo(t.database, account.email)).toEqual([]);

    // The audit trail still names the account by id, including the deletion itself.
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.objectId, id));
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(["account.register", "account.delete"]));

    const again = new BrowserClient(t.app);
    await again.get("/login");
    expect((await again.post("/login", { email: account.email, password: account.password })).status).toBe(422);
    expect((await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    // The address is free again.
    await again.get("/register");
    await again.post("/register", {
      email: account.email,
      displayName: "Neu hier",
      password: "Zweites-Leben-am-Kanal",
    });
    expect((await mailsTo(t.database, account.email)).at(-1)?.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
  });

  it("is refused to the only administrator", async () => {
    const admin = await ensureFirstAdmin(t.deps);
    expect(admin).not.toBeNull();
    const browser = new BrowserClient(t.app);
    // Signed in past the second factor, which the administrator role requires before anything else.
    await signIn(browser, t.deps, (await userRow(admin?.email ?? "")).id);
    await browser.get("/profile/delete");
    const response = await browser.post("/profile/delete", { password: admin?.password ?? "" });
    expect(response.status).toBe(422);
    expect(browser.lastHtml).toContain("Sie sind die einzige Person mit Verwaltungsrechten.");
    expect((await userRow(admin?.email ?? "")).deletedAt).toBeNull();
  });
});
