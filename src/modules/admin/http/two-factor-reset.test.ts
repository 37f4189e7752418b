import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, newAccount, signIn, signUpAndLogIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { auditLog } from "../../../platform/audit/schema";
import { sessions, twoFactorCredentials, users } from "../../../platform/identity/schema";
import { totpCodeAt } from "../../accounts/domain/two-factor";

let now = new Date("2026-04-01T08:00:00.000Z");
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => new Date(now) } });
});
afterAll(() => t.close());

/** Sets up the authenticator app through the profile pages. */
async function enrol(browser: BrowserClient): Promise<void> {
  await browser.get("/profile/two-factor");
  await browser.post("/profile/two-factor/setup", {});
  await browser.get("/profile/two-factor");
  const secret = browser.lastHtml.match(/data-secret-key="">([A-Z2-7 ]+)<\/code>/)?.[1]?.replace(/ /g, "") ?? "";
  const confirmed = await browser.post("/profile/two-factor/confirm", { code: totpCodeAt(secret, now) });
  expect(confirmed.status).toBe(200);
  now = new Date(now.getTime() + 60_000);
}

async function idOf(email: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no account ${email}`);
  return row.id;
}

async function hasApp(userId: string): Promise<boolean> {
  const rows = await t.database.db.select().from(twoFactorCredentials).where(eq(twoFactorCredentials.userId, userId));
  return rows.length > 0;
}

describe("resetting someone's second factor", () => {
  let adminId: string;
  let admin: BrowserClient;
  let targetId: string;
  let target: Awaited<ReturnType<typeof signUpAndLogIn>>;

  beforeAll(async () => {
    adminId = await createAccount(t.deps, { email: "leitung@example.org", roles: ["administrator"] });
    admin = new BrowserClient(t.app);
    await signIn(admin, t.deps, adminId);
    await enrol(admin);
    target = await signUpAndLogIn(t.app, t.database, newAccount("Telefonlos"));
    await enrol(target.browser);
    targetId = await idOf(target.account.email);
  });

  it("shows whether an account has an app, and refuses an administrator who signed in without one of their own", async () => {
    const otherAdminId = await createAccount(t.deps, { email: "vertretung@example.org", roles: ["administrator"] });
    const other = new BrowserClient(t.app);
    await signIn(other, t.deps, otherAdminId);
    await other.get(`/admin/users/${targetId}`);
    expect(other.lastHtml).toContain(
      "Eingerichtet: Die Person meldet sich mit Passwort und einem Code aus ihrer App an.",
    );
    const refused = await other.post(`/admin/users/${targetId}/two-factor/reset`, { confirm: "yes" });
    expect(refused.status).toBe(403);
    expect(other.lastHtml).toContain("Das dürfen Sie nur, wenn Sie selbst mit einem zweiten Faktor angemeldet sind.");
    expect(await hasApp(targetId)).toBe(true);
  });

  it("is refused to residents and guests, before anything is read", async () => {
    const resident = await signUpAndLogIn(t.app, t.database, newAccount("Neugier"));
    await resident.browser.get("/profile");
    expect((await resident.browser.post(`/admin/users/${targetId}/two-factor/reset`, { confirm: "yes" })).status).toBe(
      403,
    );
    expect(resident.browser.lastHtml).not.toContain(target.account.email);
    const guest = new BrowserClient(t.app);
    await guest.get("/login");
    expect((await guest.post(`/admin/users/${targetId}/two-factor/reset`, { confirm: "yes" })).status).toBe(401);
    expect(await hasApp(targetId)).toBe(true);
  });

  it("does not reset the administrator's own app (that is done on the profile)", async () => {
    await admin.get(`/admin/users/${adminId}`);
    const own = await admin.post(`/admin/users/${adminId}/two-factor/reset`, { confirm: "yes" });
    expect(own.status).toBe(409);
    expect(admin.lastHtml).toContain("Ihren eigenen zweiten Faktor ändern Sie unter „Mein Konto“.");
    expect(await hasApp(adminId)).toBe(true);
  });

  it("asks first: the reset without the confirmation only shows what will happen", async () => {
    await admin.get(`/admin/users/${targetId}`);
    const asked = await admin.post(`/admin/users/${targetId}/two-factor/reset`, {});
    expect(asked.status).toBe(200);
    expect(admin.lastHtml).toContain("Zweiten Faktor zurücksetzen?");
    expect(admin.lastHtml).toContain("Das lässt sich nicht rückgängig machen.");
    expect(admin.lastHtml).toContain('name="confirm" value="yes"');
    expect(await hasApp(targetId)).toBe(true);
  });

  it("takes the app away, signs the account out everywhere and records who did it", async () => {
    await admin.get(`/admin/users/${targetId}`);
    const reset = await admin.post(`/admin/users/${targetId}/two-factor/reset`, { confirm: "yes" });
    expect(reset.status).toBe(303);
    expect(reset.headers.get("location")).toBe(`/admin/users/${targetId}?notice=twoFactorReset`);
    await admin.get(`/admin/users/${targetId}?notice=twoFactorReset`);
    expect(admin.lastHtml).toContain("Der zweite Faktor ist zurückgesetzt.");
    expect(admin.lastHtml).toContain("Nicht eingerichtet.");
    expect(await hasApp(targetId)).toBe(false);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, targetId))).toEqual([]);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "admin.twoFactor.reset"), eq(auditLog.objectId, targetId)));
    expect(entry?.actorId).toBe(adminId);

    // The owner signs in with the password alone now.
    const again = new BrowserClient(t.app);
    await again.get("/login");
    const login = await again.post("/login", { email: target.account.email, password: target.account.password });
    expect(login.headers.get("location")).toBe("/");

    const twice = await admin.post(`/admin/users/${targetId}/two-factor/reset`, { confirm: "yes" });
    expect(twice.status).toBe(409);
    expect(admin.lastHtml).toContain("Für dieses Konto ist kein zweiter Faktor eingerichtet.");
  });
});
