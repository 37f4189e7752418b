import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, openMigratedDatabase } from "../../src/app/bootstrap";
import { createUserCommand, grantRoleCommand } from "../../src/modules/admin/cli/user";
import { loadConfig } from "../../src/platform/config/config";
import { signedInContext } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad } from "./support/navigation";
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const password = "verfahren-passwort-2025";
const office = { email: "olga.office@example.org", name: "Olga Geschäftsstelle" };
const title = "Radwege im Kiez";
const DAY = 24 * 60 * 60 * 1000;
/** A calendar day relative to today (`YYYY-MM-DD`). */
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe.runIf(browserAvailable())("participation processes in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let processPath = "";

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-processes-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    await createUserCommand(deps, { email: office.email, name: office.name, password }, quiet);
    await grantRoleCommand(deps, { email: office.email, role: "strategy_office" }, quiet);
    await database.close();
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function signedIn(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
    return signedInContext(browser, server.baseUrl, { email: office.email, password }, javaScriptEnabled);
  }

  const field = (page: Page, name: string) => page.locator(`[id="field-${name}"]`);

  it("lets the office create a process with a text review and a survey phase, without JavaScript, a mistake named first", async () => {
    const { context, page } = await signedIn(false);
    await page.goto("/participation/new");
    await field(page, "titleDe").fill(title);
    await field(page, "summaryDe").fill("Wo fehlen sichere Radwege? Sagen Sie es uns.");
    await field(page, "subjectKind").selectOption("topic");
    await field(page, "subjectTopicDe").fill("Radverkehr");
    await field(page, "organisation").fill("Geschäftsstelle Smart City");
    await field(page, "contact").fill("smart-city@example.org");
    await page.locator("#field-districts-0").check();
    await field(page, "phases.0.method").selectOption("text-review");
    await field(page, "phases.0.startDay").fill(day(-1));
    await field(page, "phases.0.lastDay").fill(day(10));
    await field(page, "phases.1.method").selectOption("survey");
    // A gap of a day: refused, and named at the field.
    await field(page, "phases.1.startDay").fill(day(13));
    await field(page, "phases.1.lastDay").fill(day(30));
    await clickAndLoad(page.locator("form button[type=submit]:not([hidden]):not([name])").last());
    expect(await page.locator(".error-summary").innerText()).toContain("Lücke");
    expect(await field(page, "titleDe").inputValue()).toBe(title);
    await field(page, "phases.1.startDay").fill(day(11));
    await clickAndLoad(page.locator("form button[type=submit]:not([hidden]):not([name])").last());
    processPath = new URL(page.url()).pathname;
    expect(processPath).toBe("/participation/radwege-im-kiez");
    const text = await page.locator("main").innerText();
    expect(text).toContain("Das Verfahren ist angelegt.");
    expect(text).toContain("Phase 1 von 2: Entwurf kommentieren");
    expect(text).toContain("Aktuelle Phase");
    expect(text).toContain("Phase 2 von 2: Umfrage");
    await context.close();
  });

  it("shows the form, the list and the process page without WCAG 2.2 A/AA violations", async () => {
    const { context, page } = await signedIn(true);
    for (const path of ["/participation/new", "/participation", processPath, `${processPath}/edit`]) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  for (const lang of ["de", "en"] as const) {
    it(`shows the list and the process page in ${lang} without sideways scrolling at 320 px`, async () => {
      const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      for (const path of [`/participation?lang=${lang}`, `${processPath}?lang=${lang}`]) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await context.close();
    });
  }

  it("filters the list with a plain form and no JavaScript", async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/participation");
    await page.locator("#filter-method").selectOption("survey");
    await clickAndLoad(page.locator("form.filter-form button[type=submit]"));
    expect(page.url()).toContain("method=survey");
    expect(await page.locator("main").innerText()).toContain(title);
    await page.locator("#filter-method").selectOption("idea-call");
    await clickAndLoad(page.locator("form.filter-form button[type=submit]"));
    expect(await page.locator("main").innerText()).not.toContain(title);
    await context.close();
  });

  it("takes screenshots at 390 and 1280 px", async () => {
    const { context } = await signedIn(true);
    const storageState = await context.storageState();
    await context.close();
    await screenshotBothWidths(browser, `${server.baseUrl}/participation`, "participation-list");
    await screenshotBothWidths(browser, `${server.baseUrl}${processPath}`, "participation-process");
    await screenshotBothWidths(browser, `${server.baseUrl}/participation/new`, "participation-new", { storageState });
  });
});
