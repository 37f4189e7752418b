import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const publicPages = ["/", "/this-page-does-not-exist"];

describe.runIf(browserAvailable())("public pages in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of ["de", "en"] as const) {
    for (const path of publicPages) {
      it(`${path} in ${lang} has no WCAG 2.2 A/AA violations`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        await eventually(() => page.getAttribute("html", "lang")).toBe(lang);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it("lets a keyboard user skip to the content", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.keyboard.press("Tab");
    await eventually(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      "Zum Inhalt springen",
    );
    await page.keyboard.press("Enter");
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await context.close();
  });

  it("switches the language from the header without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await clickAndLoad(page.getByRole("link", { name: "English" }));
    await eventually(() => page.getAttribute("html", "lang")).toBe("en");
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(
      "shaping the city together",
    );
    await context.close();
  });

  it("prints the first administrator's login once, on the very first start", () => {
    expect(server.admin?.email).toBe("admin@example.org");
    expect(server.admin?.password.length).toBeGreaterThanOrEqual(16);
  });

  it("saves screenshots of the home page at phone and desktop width", async () => {
    await screenshotBothWidths(browser, `${server.baseUrl}/`, "home");
    await screenshotBothWidths(browser, `${server.baseUrl}/?lang=en`, "home-en");
  });
});
