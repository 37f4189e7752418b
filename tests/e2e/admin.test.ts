import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, openMigratedDatabase } from "../../src/app/bootstrap";
import { createUserCommand } from "../../src/modules/admin/cli/user";
import { loadConfig } from "../../src/platform/config/config";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { screenshotDir } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const resident = { email: "rosa@example.org", password: "rosa-resident-2025" };

describe.runIf(browserAvailable())("the administration area in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let residentId = "";

  beforeAll(async () => {
    // A resident's account made the way an operator would, with `gemeinsam user create`, before the first start.
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-admin-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    residentId = await createUserCommand(
      await createDeps(config, database),
      { email: resident.email, name: "Rosa Resident", password: resident.password },
      () => {},
    );
    await database.close();
    server = await startServer({ DATA_DIR: dataDir, SEED_DEMO: "false" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function logIn(context: BrowserContext, email: string, password: string, path = "/login"): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}${path}`);
    await page.locator("#field-email").fill(email);
    await page.locator("#field-password").fill(password);
    await clickAndLoad(page.locator("form[action='/login'] button[type=submit]"));
    return page;
  }

  it("sends a guest to the login and shows a resident the 403 page, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const response = await page.goto(`${server.baseUrl}/admin`);
    expect(response?.status()).toBe(401);
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Anmeldung erforderlich");
    await clickAndLoad(page.getByRole("link", { name: "Zur Anmeldung" }));
    await page.locator("#field-email").fill(resident.email);
    await page.locator("#field-password").fill(resident.password);
    await clickAndLoad(page.locator("form[action='/login'] button[type=submit]"));
    await eventually(() => new URL(page.url()).pathname).toBe("/admin");
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Kein Zugriff");
    await context.close();
  });

  it("lets an administrator grant the moderator role, which then shows in the audit log, without JavaScript", async () => {
    expect(server.admin).not.toBeNull();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context, server.admin?.email ?? "", server.admin?.password ?? "", "/login?next=/admin");
    await eventually(() => new URL(page.url()).pathname).toBe("/admin");
    await clickAndLoad(
      page.getByRole("navigation", { name: "Verwaltungsbereich" }).getByRole("link", { name: "Konten und Rollen" }),
    );
    await page.getByLabel("Konto suchen").fill("rosa");
    await clickAndLoad(page.getByRole("button", { name: "Suchen" }));
    await clickAndLoad(page.getByRole("link", { name: "Rosa Resident" }));
    await page.getByRole("combobox", { name: "Rolle", exact: true }).selectOption("moderator");
    await clickAndLoad(page.getByRole("button", { name: "Rolle vergeben" }).first());
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Die Rolle wurde vergeben.");
    await eventually(() => page.getByRole("row").filter({ hasText: "Moderation" }).count()).toBe(1);

    await clickAndLoad(page.getByRole("link", { name: "Änderungsprotokoll" }).first());
    const newest = page.getByRole("row").nth(1);
    await eventually(() => newest.textContent()).toMatch(/Rolle vergeben.*rosa@example\.org.*nachher: Moderation/s);
    await context.close();
  });

  it("shows field errors and an error summary that is focused when JavaScript runs", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await logIn(context, server.admin?.email ?? "", server.admin?.password ?? "");
    // The audit log's filter, asked for the changes of an address that has no account.
    await page.goto(`${server.baseUrl}/admin/audit`);
    await page.getByLabel("Wer").fill("niemand@example.org");
    await clickAndLoad(page.getByRole("button", { name: "Filter anwenden" }));
    const summary = page.locator(".error-summary");
    await eventually(() => summary.textContent()).toContain("Wer: Zu dieser E-Mail-Adresse gibt es kein Konto.");
    await eventually(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    await eventually(() => page.getByLabel("Wer").inputValue()).toBe("niemand@example.org");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("has no WCAG 2.2 A/AA violations on any administration page, in German and English", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await logIn(context, server.admin?.email ?? "", server.admin?.password ?? "");
    const paths = ["/admin", "/admin/users", `/admin/users/${residentId}`, "/admin/audit", "/admin/audit?from=gestern"];
    for (const lang of ["en", "de"] as const) {
      for (const path of paths) {
        await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        await eventually(() => page.getAttribute("html", "lang")).toBe(lang);
        expect({ path, lang, violations: await axeViolations(page) }).toEqual({ path, lang, violations: [] });
      }
    }
    await context.close();
  });

  it("has no WCAG 2.2 A/AA violations on the 401 and 403 pages", async () => {
    const guest = await browser.newContext({ locale: "de-DE" });
    const page = await guest.newPage();
    expect((await page.goto(`${server.baseUrl}/admin`))?.status()).toBe(401);
    expect(await axeViolations(page)).toEqual([]);
    await guest.close();
    const residentContext = await browser.newContext({ locale: "de-DE" });
    const residentPage = await logIn(residentContext, resident.email, resident.password, "/login?next=/admin/audit");
    await eventually(() => new URL(residentPage.url()).pathname).toBe("/admin/audit");
    await eventually(() => residentPage.getByRole("heading", { level: 1 }).textContent()).toBe("Kein Zugriff");
    expect(await axeViolations(residentPage)).toEqual([]);
    await residentContext.close();
  });

  it("saves screenshots of the administration at phone and desktop width", async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await logIn(context, server.admin?.email ?? "", server.admin?.password ?? "");
    const shots = {
      admin: "/admin",
      "admin-users": "/admin/users",
      "admin-user": `/admin/users/${residentId}`,
      "admin-audit": "/admin/audit",
    };
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of Object.entries(shots)) {
        await page.goto(`${server.baseUrl}${path}`);
        await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
      }
    }
    await context.close();
  });
});
