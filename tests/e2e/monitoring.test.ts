import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, openMigratedDatabase } from "../../src/app/bootstrap";
import { createUserCommand, grantRoleCommand } from "../../src/modules/admin/cli/user";
import { loadConfig } from "../../src/platform/config/config";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const Z1 = "aufbau-von-kapazitaeten-und-kompetenzen-fuer-den-digitalen";
const MONITORING = `/measures/${Z1}/monitoring`;
const member = { email: "tina.team@example.org", password: "team-password-2025", name: "Tina Team" };

describe.runIf(browserAvailable())("a measure's monitoring in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-monitoring-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    await createUserCommand(deps, { email: member.email, name: member.name, password: member.password }, quiet);
    await grantRoleCommand(
      deps,
      { email: member.email, role: "team_member", scopeType: "measure", scopeId: Z1 },
      quiet,
    );
    await database.close();
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function logIn(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.locator("#field-email").fill(member.email);
    await page.locator("#field-password").fill(member.password);
    await clickAndLoad(page.locator("form[action='/login'] button[type=submit]"));
    return page;
  }

  for (const lang of ["de", "en"] as const) {
    for (const path of ["/monitoring", "/monitoring/indicators", MONITORING]) {
      it(`${path} in ${lang} has no WCAG 2.2 A/AA violations and no sideways scrolling at 320 px`, async () => {
        const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
        const page = await context.newPage();
        const response = await page.goto(`${server.baseUrl}${path}?lang=${lang}`);
        expect(response?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await context.close();
      });
    }
  }

  it("takes screenshots of the portfolio dashboard with its districts' table", async () => {
    await screenshotBothWidths(browser, `${server.baseUrl}/monitoring`, "monitoring-portfolio");
  });

  /** Sends the record form of the monitoring page with these fields. */
  async function record(page: Page, period: string, value: string): Promise<void> {
    const form = page.locator(`form[action='${MONITORING}/values']`);
    await form.locator("#field-record-indicator").selectOption("z1-training-participants");
    await form.locator("#field-record-period").fill(period);
    await form.locator("#field-record-value").fill(value);
    await clickAndLoad(form.getByRole("button", { name: "Wert eintragen" }));
  }

  it("shows the team's forms, and a form sent back with a mistake, without WCAG 2.2 A/AA violations", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context);
    await page.goto(`${server.baseUrl}${MONITORING}`);
    expect(await axeViolations(page)).toEqual([]);
    await record(page, "2024", "viele");
    await eventually(() => page.locator(".error-summary").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("lets a team member record a value without JavaScript: a mistake is named at its field, then the value shows", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context);
    await page.goto(`${server.baseUrl}${MONITORING}`);
    await record(page, "2024", "viele");
    await eventually(() => page.locator(".error-summary").textContent()).toContain("Bitte geben Sie eine Zahl ein");
    expect(await page.locator("#field-record-value").inputValue()).toBe("viele");
    await record(page, "2020-Q1", "12");
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Der Wert ist eingetragen.");
    await eventually(() =>
      page.getByRole("table", { name: "Messwerte: Teilnehmende an Fortbildungen" }).textContent(),
    ).toContain("1. Quartal 2020");
    await context.close();
  });

  it("lets a team member add a milestone of a phase and remove it again without JavaScript, the mistake named first", async () => {
    const milestone = "Schulungsangebot in zehn Bezirken eingeführt";
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: "de-DE",
      viewport: { width: 390, height: 900 },
    });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context);
    await page.goto(`${server.baseUrl}${MONITORING}`);
    const add = page.locator(`form[action='${MONITORING}/new-goals']`);
    await add.locator("#field-newgoal-level").selectOption("milestone");
    await add.locator("#field-newgoal-textDe").fill(milestone);
    await add.locator("#field-newgoal-reason").fill("Die Skalierung braucht einen eigenen Meilenstein.");
    await clickAndLoad(add.getByRole("button", { name: "Ziel aufnehmen" }));
    await eventually(() => page.locator(".error-summary").textContent()).toContain(
      "Ein Meilenstein gehört zu einer Umsetzungsphase",
    );
    expect(await page.locator("#field-newgoal-textDe").inputValue()).toBe(milestone);
    await page.locator("#field-newgoal-phase").selectOption("skalierung");
    await clickAndLoad(
      page.locator(`form[action='${MONITORING}/new-goals']`).getByRole("button", { name: "Ziel aufnehmen" }),
    );
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Das Ziel ist aufgenommen.");
    await eventually(() => page.locator("main").textContent()).toContain(`Meilenstein der Phase Skalierung:`);

    const remove = page.locator(`form[action='${MONITORING}/goal-removals']`);
    await remove.locator("#field-dropgoal-goal").selectOption("milestone-skalierung");
    await remove.locator("#field-dropgoal-reason").fill("Die Skalierung ist auf das nächste Jahr verschoben.");
    await clickAndLoad(remove.getByRole("button", { name: "Ziel entfernen" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Das Ziel ist entfernt.");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
