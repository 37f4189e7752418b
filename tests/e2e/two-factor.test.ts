import { Secret, TOTP } from "otpauth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInGerman } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { type RunningServer, startServer } from "./support/server";

const h1 = (page: Page, name: string) => page.getByRole("heading", { level: 1, name, exact: true });

/** What an authenticator app would show for the key, `offsetSeconds` from now. */
function appCode(secret: string, offsetSeconds = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSeconds * 1000 });
}

/**
 * The first administrator of a fresh `npm start`, with the production default (administrators and
 * the strategy office must use a second factor): sent to set up the app on first sign-in, then asked
 * for a code at every sign-in, and let in once with a recovery code; every page without axe
 * violations (axe needs JavaScript; the same flow without it is in accounts/http/two-factor.test.ts).
 */
describe.runIf(browserAvailable())("two-factor sign-in in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startServer({ GEMEINSAM_2FA_REQUIRED_ROLES: "administrator,strategy_office" });
    browser = await launchChromium();
    context = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE", javaScriptEnabled: true });
    context.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it("sends the administrator to set up the app, then asks for a code at sign-in and takes a recovery code once", async () => {
    const admin = server.admin;
    if (!admin) throw new Error("the server printed no first administrator");
    const page = await context.newPage();

    await logInGerman(page, admin.email, admin.password);
    await eventually(() => new URL(page.url()).pathname).toBe("/profile/two-factor");
    await h1(page, "Anmeldung mit zweitem Faktor").waitFor();
    await page.getByText("Bevor Sie weitermachen können, richten Sie bitte einen zweiten Faktor ein.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing else opens before the set-up.
    await page.goto("/admin");
    await eventually(() => new URL(page.url()).pathname).toBe("/profile/two-factor");

    await clickAndLoad(page.getByRole("button", { name: "Zweiten Faktor einrichten" }));
    await page.getByRole("img", { name: "QR-Code zum Einrichten der App" }).waitFor();
    expect(await page.locator(".qr-code svg path").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    const secret = ((await page.locator("code[data-secret-key]").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel(/^Code aus der App/).fill("000000");
    await clickAndLoad(page.getByRole("button", { name: "Bestätigen und einschalten" }));
    await page.getByText("Dieser Code stimmt nicht.").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/^Code aus der App/).fill(appCode(secret));
    await clickAndLoad(page.getByRole("button", { name: "Bestätigen und einschalten" }));
    await h1(page, "Ihre Wiederherstellungscodes").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const codes = await page.locator("ol.recovery-codes code").allTextContents();
    expect(codes).toHaveLength(10);

    const adminPage = await page.goto("/admin");
    expect(adminPage?.status()).toBe(200);

    // Next sign-in: password, then the code (of the next 30-second step: this one's was used).
    await clickAndLoad(page.getByRole("button", { name: "Abmelden" }));
    await logInGerman(page, admin.email, admin.password);
    await h1(page, "Code eingeben").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Code aus der App oder Wiederherstellungscode").fill(appCode(secret, 30));
    await clickAndLoad(page.getByRole("button", { name: "Anmelden" }));
    expect((await page.goto("/admin"))?.status()).toBe(200);

    // A lost phone: a recovery code lets the administrator in once.
    await clickAndLoad(page.getByRole("button", { name: "Abmelden" }));
    await logInGerman(page, admin.email, admin.password);
    await page.getByLabel("Code aus der App oder Wiederherstellungscode").fill(codes[0] ?? "");
    await clickAndLoad(page.getByRole("button", { name: "Anmelden" }));
    await page.getByText("Sie haben sich mit einem Wiederherstellungscode angemeldet.").waitFor();
    await page.getByText("Ungenutzte Wiederherstellungscodes: 9").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await clickAndLoad(page.getByRole("button", { name: "Abmelden" }));
    await logInGerman(page, admin.email, admin.password);
    await page.getByLabel("Code aus der App oder Wiederherstellungscode").fill(codes[0] ?? "");
    await clickAndLoad(page.getByRole("button", { name: "Anmelden" }));
    await page.getByText("Dieser Code stimmt nicht oder wurde schon benutzt.").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
