import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, openMigratedDatabase } from "../../src/app/bootstrap";
import { createUserCommand } from "../../src/modules/admin/cli/user";
import { addDraftVersion } from "../../src/modules/participation/use-cases/add-draft-version";
import { loadConfig } from "../../src/platform/config/config";
import { users } from "../../src/platform/identity/schema";
import { insertProcess } from "../support/participation-text";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { eventually, loadAfter } from "./support/navigation";
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const password = "entwurf-passwort-2025";
const residents = [
  { email: "rosa.entwurf@example.org", name: "Rosa Entwurf" },
  { email: "kim.ohne-skript@example.org", name: "Kim Ohne Skript" },
];
const german = "# Ziele\n\nBerlin wird digitaler.\n\nAlle machen mit.\n\n# Wege\n\nSchritt für Schritt.\n";
const english = "# Goals\n\nBerlin goes digital.\n\nEveryone takes part.\n\n# Ways\n\nStep by step.\n";

/** Presses Tab until the focused element matches the selector (no mouse involved). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.runIf(browserAvailable())("commenting on a draft's paragraph in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let slug = "";

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-text-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    for (const person of residents)
      await createUserCommand(deps, { email: person.email, name: person.name, password }, quiet);
    const [someone] = await database.db.select({ id: users.id }).from(users).limit(1);
    const { id: processId, slug: inserted } = await insertProcess(database);
    slug = inserted;
    const grants = [{ role: "strategy_office", scopeType: null, scopeId: null }];
    await addDraftVersion(
      deps,
      { actor: { kind: "user", id: someone?.id ?? "", label: "office", grants } },
      { processId, markdownDe: german, markdownEn: english },
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

  async function signedIn(email: string, javaScriptEnabled: boolean): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE", javaScriptEnabled });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto("/login");
    await page.locator("#field-email").fill(email);
    await page.locator("#field-password").fill(password);
    await loadAfter(page, () => page.locator("#field-password").press("Enter"));
    return page;
  }

  for (const [index, javaScriptEnabled] of [true, false].entries()) {
    it(`lets a resident comment and propose a wording by keyboard alone, ${javaScriptEnabled ? "with" : "without"} JavaScript`, async () => {
      const resident = residents[index] ?? residents[0];
      const page = await signedIn(resident?.email ?? "", javaScriptEnabled);
      await page.goto(`/participation/${slug}/text`);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await tabTo(page, `a[href="/participation/${slug}/text/1.2"]`);
      await loadAfter(page, () => page.keyboard.press("Enter"));
      expect(await page.locator("h1").textContent()).toBe("Absatz 1.2");
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await tabTo(page, "#field-body");
      await page.keyboard.type(`Nicht alle können mitmachen (${resident?.name}).`);
      await tabTo(page, "#field-wording");
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("Alle können mitmachen, auch ohne Internet.");
      await tabTo(page, "#comment-form button[type=submit]");
      await loadAfter(page, () => page.keyboard.press("Enter"));
      await eventually(() => page.getByText(`Nicht alle können mitmachen (${resident?.name}).`).count()).toBe(1);
      expect(page.url()).toContain(`/participation/${slug}/text/1.2`);
      const comment = page.locator("article.comment", { hasText: resident?.name ?? "" });
      expect(await comment.locator("ins").first().textContent()).toContain("können");
      expect(await comment.locator("del").first().textContent()).toContain("machen");
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  for (const lang of ["de", "en"]) {
    it(`shows the draft and a paragraph in ${lang} without sideways scrolling at 320 px`, async () => {
      const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      for (const path of [`/participation/${slug}/text?lang=${lang}`, `/participation/${slug}/text/1.2?lang=${lang}`]) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        expect(await axeViolations(page)).toEqual([]);
      }
      await context.close();
    });
  }

  it("takes screenshots of the draft and a paragraph at phone and desktop width", async () => {
    await screenshotBothWidths(browser, `${server.baseUrl}/participation/${slug}/text`, "participation-text");
    await screenshotBothWidths(browser, `${server.baseUrl}/participation/${slug}/text/1.2`, "participation-paragraph");
  });
});
