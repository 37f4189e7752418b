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

const SMART_WATER = "/measures/smart-water-wasser-und-stadtgruen-klimagerecht-gestalten";
const KIEZBOX = "/measures/kiezbox-2-0-daten-in-alltag-und-krise";
const office = { email: "anna.office@example.org", password: "office-password-2025", name: "Anna Strategiebüro" };
const member = { email: "ben.team@example.org", password: "team-password-2025", name: "Ben Kiezbox" };

describe.runIf(browserAvailable())("the strategy catalogue in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    // The office and a team member of the Kiezbox, made with `gemeinsam user create` and `user grant`.
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-strategy-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    await createUserCommand(
      deps,
      { email: office.email, name: office.name, password: office.password, role: "strategy_office" },
      quiet,
    );
    await createUserCommand(deps, { email: member.email, name: member.name, password: member.password }, quiet);
    await grantRoleCommand(
      deps,
      {
        email: member.email,
        role: "team_member",
        scopeType: "measure",
        scopeId: "kiezbox-2-0-daten-in-alltag-und-krise",
      },
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

  async function logIn(context: BrowserContext, account: { email: string; password: string }): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.locator("#field-email").fill(account.email);
    await page.locator("#field-password").fill(account.password);
    await clickAndLoad(page.locator("form[action='/login'] button[type=submit]"));
    return page;
  }

  const publicPages = [
    "/strategy",
    "/measures",
    "/measures?actionField=RW-2&value=resilient&status=fliegend",
    SMART_WATER,
    "/measures/digitale-genossenschaften-fuer-quartiersdienste",
    "/action-fields/IS-1",
    "/organisations/tsb",
    "/districts",
    "/districts/treptow-koepenick",
  ];
  for (const lang of ["de", "en"] as const) {
    for (const path of publicPages) {
      it(`${path} in ${lang} has no WCAG 2.2 A/AA violations`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const response = await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        expect(response?.status()).toBe(200);
        await eventually(() => page.getAttribute("html", "lang")).toBe(lang);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it("lets a resident filter by action field and value, search for Regenwasser, open Smart Water and switch to English, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/strategy`);
    await clickAndLoad(
      page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Maßnahmen" }),
    );
    // The filters fold away so the results come first; the panel opens without JavaScript.
    await page.locator("details.filter-panel > summary").click();
    await page.getByLabel("Handlungsfeld", { exact: true }).selectOption("RW-2");
    await page.getByLabel("Stärkt deutlich den Wert").selectOption("resilient");
    await clickAndLoad(page.getByRole("button", { name: "Maßnahmen anzeigen" }));
    await eventually(() => page.getByRole("heading", { level: 2, name: "2 Maßnahmen gefunden" }).count()).toBe(1);
    await eventually(() => new URL(page.url()).searchParams.get("actionField")).toBe("RW-2");

    await clickAndLoad(page.getByRole("link", { name: "Alle Filter entfernen" }));
    await page.getByRole("searchbox", { name: "Suche" }).fill("Regenwasser");
    await clickAndLoad(page.getByRole("button", { name: "Maßnahmen anzeigen" }));
    await eventually(() => page.getByRole("heading", { level: 2, name: "1 Maßnahme gefunden" }).count()).toBe(1);
    await clickAndLoad(page.getByRole("link", { name: "Smart Water – Wasser und Stadtgrün klimagerecht gestalten" }));
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
    );
    await eventually(() => page.getByRole("heading", { level: 3, name: "Aktuelle Bewertung je Wert" }).count()).toBe(1);

    await clickAndLoad(page.getByRole("link", { name: "English" }));
    await eventually(() => page.getAttribute("html", "lang")).toBe("en");
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Smart Water – climate-just water and urban green",
    );
    await context.close();
  });

  it("lets the strategy office edit a measure; the change appears with its version entry", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context, office);
    await page.goto(`${server.baseUrl}${SMART_WATER}`);
    await clickAndLoad(page.getByRole("link", { name: "Maßnahme bearbeiten" }));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Kurzbeschreibung (Deutsch)").fill("Regenwasser im Kiez halten, Starkregen vorbeugen.");
    await clickAndLoad(page.getByRole("button", { name: "Texte speichern" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain(
      "Ihre Änderungen sind gespeichert.",
    );
    await eventually(() => page.locator(".lead").textContent()).toBe(
      "Regenwasser im Kiez halten, Starkregen vorbeugen.",
    );
    const latest = page.locator(".version-list > li").first();
    await eventually(() => latest.textContent()).toMatch(/^Version \d+ – .* – Anna Strategiebüro – Texte geändert/);
    await latest.getByText("1 Änderung ansehen").click();
    await eventually(() => latest.getByRole("row", { name: /Kurzbeschreibung \(Deutsch\)/ }).textContent()).toContain(
      "Regenwasser im Kiez halten, Starkregen vorbeugen.",
    );
    await context.close();
  });

  it("lets a team member edit their own measure and not another", async () => {
    const context = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context, member);
    await page.goto(`${server.baseUrl}${KIEZBOX}/edit`);
    await eventually(() => page.getByRole("link", { name: "Stand und Umsetzungsphase" }).count()).toBe(0);
    // One part at a time: the team's form is one link away.
    await clickAndLoad(page.getByRole("navigation", { name: "Bereiche" }).getByRole("link", { name: "Team" }));
    await eventually(() => page.getByRole("button", { name: "Texte speichern" }).count()).toBe(0);
    await page.getByLabel("Rolle (Deutsch)").first().fill("Projektleitung");
    await page.getByLabel("Organisation", { exact: true }).first().selectOption("tsb");
    await clickAndLoad(page.getByRole("button", { name: "Team speichern" }));
    await eventually(() => page.locator("#team ~ ul").first().textContent()).toContain("Projektleitung");
    const refused = await page.goto(`${server.baseUrl}${SMART_WATER}/edit`);
    expect(refused?.status()).toBe(403);
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Kein Zugriff");
    await context.close();
  });

  it("refuses a stale form, shows both versions and keeps the entries", async () => {
    const officeContext = await browser.newContext({ locale: "de-DE" });
    const teamContext = await browser.newContext({ locale: "de-DE" });
    officeContext.setDefaultTimeout(15_000);
    teamContext.setDefaultTimeout(15_000);
    const officePage = await logIn(officeContext, office);
    const teamPage = await logIn(teamContext, member);
    await officePage.goto(`${server.baseUrl}${KIEZBOX}/edit`);
    await teamPage.goto(`${server.baseUrl}${KIEZBOX}/edit`);
    await teamPage.getByLabel("Kurzbeschreibung (Deutsch)").fill("Fassung des Teams");
    await clickAndLoad(teamPage.getByRole("button", { name: "Texte speichern" }));
    await officePage.getByLabel("Kurzbeschreibung (Deutsch)").fill("Fassung des Strategiebüros");
    await clickAndLoad(officePage.getByRole("button", { name: "Texte speichern" }));
    await expect(
      officePage.getByRole("heading", { name: "Nicht gespeichert: Jemand anderes war schneller" }).count(),
    ).resolves.toBe(1);
    const row = officePage
      .getByRole("table", { name: "Ihre Eingaben und die gespeicherte Fassung im Vergleich" })
      .getByRole("row", {
        name: /Kurzbeschreibung \(Deutsch\)/,
      });
    await eventually(() => row.textContent()).toContain("Fassung des Strategiebüros");
    await eventually(() => row.textContent()).toContain("Fassung des Teams");
    await eventually(() => officePage.getByLabel("Kurzbeschreibung (Deutsch)").inputValue()).toBe(
      "Fassung des Strategiebüros",
    );
    expect(await axeViolations(officePage)).toEqual([]);
    await officeContext.close();
    await teamContext.close();
  });

  it("never scrolls sideways at 320 px on the catalogue's pages, public and office (WCAG 1.4.10)", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: "de-DE" });
    const page = await logIn(context, office);
    for (const path of [
      ...publicPages,
      `${SMART_WATER}/edit`,
      `${SMART_WATER}/edit?part=details`,
      `${SMART_WATER}/edit?part=team`,
    ]) {
      for (const lang of ["de", "en"]) {
        await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        // Open every folded part (filters, version history) so their content counts too.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll("details")) d.open = true;
        });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} (${lang})`).toBeLessThanOrEqual(320);
      }
    }
    await context.close();
  });

  it("takes screenshots of the overview, the filtered list and a measure at 390 and 1280 px, in German and English", async () => {
    for (const lang of ["de", "en"] as const) {
      await screenshotBothWidths(browser, `${server.baseUrl}/strategy?lang=${lang}`, `strategy-overview-${lang}`);
      await screenshotBothWidths(
        browser,
        `${server.baseUrl}/measures?cluster=IS&value=cooperative&lang=${lang}`,
        `strategy-measures-${lang}`,
      );
      await screenshotBothWidths(browser, `${server.baseUrl}${SMART_WATER}?lang=${lang}`, `strategy-measure-${lang}`);
      await screenshotBothWidths(
        browser,
        `${server.baseUrl}/action-fields/IS-1?lang=${lang}`,
        `strategy-action-field-${lang}`,
      );
    }
    // The version history opened, and the editor as the office sees it.
    const officeContext = await browser.newContext({ locale: "de-DE" });
    await logIn(officeContext, office);
    const storageState = await officeContext.storageState();
    await officeContext.close();
    for (const lang of ["de", "en"] as const) {
      await screenshotBothWidths(
        browser,
        `${server.baseUrl}${KIEZBOX}?lang=${lang}#versions`,
        `strategy-versions-${lang}`,
        {
          prepare: async (page) => {
            await page.evaluate(() => {
              for (const d of document.querySelectorAll(".version-list details")) (d as HTMLDetailsElement).open = true;
            });
          },
        },
      );
      await screenshotBothWidths(
        browser,
        `${server.baseUrl}${SMART_WATER}/edit?lang=${lang}`,
        `strategy-editor-${lang}`,
        {
          storageState,
        },
      );
    }
  });
});
