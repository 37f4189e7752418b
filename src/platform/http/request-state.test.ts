import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../tests/support/app";
import { BrowserClient } from "../../../tests/support/browser-client";
import { auditLog } from "../audit/schema";
import { users } from "../identity/schema";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the language of a page", () => {
  it("follows ?lang= for this answer only and never changes a signed-in account's language", async () => {
    const id = await createAccount(t.deps, { email: "lena@example.org", displayName: "Lena" });
    const browser = new BrowserClient(t.app);
    await signIn(browser, t.deps, id);

    // A link from another site, followed while signed in.
    const linked = await browser.get("/?lang=en");
    expect(linked.status).toBe(200);
    expect(browser.lastHtml).toContain('<html lang="en">');

    const [stored] = await t.database.db.select({ locale: users.locale }).from(users).where(eq(users.id, id));
    expect(stored?.locale).toBe("de");
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.objectId, id));
    expect(entries.map((e) => e.action)).not.toContain("account.language.set");

    // The next page is in the account's language again.
    await browser.get("/");
    expect(browser.lastHtml).toContain('<html lang="de">');
  });

  it("keeps a visitor's choice in a cookie", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get("/?lang=en");
    await browser.get("/");
    expect(browser.lastHtml).toContain('<html lang="en">');
  });
});
