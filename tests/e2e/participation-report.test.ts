import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, openMigratedDatabase } from "../../src/app/bootstrap";
import { createUserCommand, grantRoleCommand } from "../../src/modules/admin/cli/user";
import { loadConfig } from "../../src/platform/config/config";
import { type ReportFixture, reportFixture } from "../support/participation-report";
import { signedInContext } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const password = "bericht-passwort-2025";
const officer = { email: "olga.office@example.org", name: "Olga Office" };
const rosa = { email: "rosa.radweg@example.org", name: "Rosa Radweg" };

describe.runIf(browserAvailable())("the closing report in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let closing: ReportFixture;
  let running: ReportFixture;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-report-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    await createUserCommand(deps, { email: officer.email, name: officer.name, password }, quiet);
    await grantRoleCommand(deps, { email: officer.email, role: "strategy_office" }, quiet);
    const rosaId = await createUserCommand(deps, { email: rosa.email, name: rosa.name, password }, quiet);
    closing = await reportFixture(deps, { commenter: rosaId, title: "Radwege im Kiez" });
    running = await reportFixture(deps, { running: true, title: "Spielplätze im Kiez" });
    await database.close();
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function signedIn(email: string, javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
    return signedInContext(browser, server.baseUrl, { email: email, password }, javaScriptEnabled);
  }

  it("lets the office write and publish the report, a missing reason named first, and tells the participant", async () => {
    const { context, page } = await signedIn(officer.email, true);
    await page.goto(`/participation/${closing.slug}/report/edit`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#field-summaryDe").fill("Danke an alle, die mitgemacht haben.");
    await page.locator("#field-summaryEn").fill("Thanks to everyone who took part.");
    await clickAndLoad(page.getByRole("button", { name: "Punkt hinzufügen" }));
    await page.locator("#field-point-0-heardDe").fill("Radweg auf dem Gehweg");
    await page.locator("#field-point-0-heardEn").fill("Bike lane on the pavement");
    await page.locator("#field-point-0-outcome").selectOption("not-taken-up");
    await clickAndLoad(page.getByRole("button", { name: "Speichern und veröffentlichen" }));
    const summary = page.locator("[data-error-summary]");
    await eventually(() => summary.textContent()).toContain(
      "Bitte schreiben Sie, warum der Punkt nicht übernommen wird.",
    );
    expect(await page.locator("#field-point-0-heardDe").inputValue()).toBe("Radweg auf dem Gehweg");
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#field-point-0-responseDe").fill("Der Gehweg bleibt den Menschen zu Fuß.");
    await page.locator("#field-point-0-responseEn").fill("The pavement stays with people on foot.");
    await clickAndLoad(page.getByRole("button", { name: "Speichern und veröffentlichen" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Der Bericht ist veröffentlicht.");
    await context.close();

    const participant = await signedIn(rosa.email, true);
    await participant.page.goto("/notifications");
    const notice = participant.page.getByRole("link", { name: /Der Abschlussbericht zu „Radwege im Kiez“ ist da/ });
    await clickAndLoad(notice.first());
    expect(new URL(participant.page.url()).pathname).toBe(`/participation/${closing.slug}/report`);
    const main = participant.page.locator("main");
    await eventually(() => main.textContent()).toContain("Darum nicht: Der Gehweg bleibt den Menschen zu Fuß.");
    expect(await axeViolations(participant.page)).toEqual([]);
    await participant.context.close();
  });

  it("lets the office add, move and remove points and save them with JavaScript disabled", async () => {
    const { context, page } = await signedIn(officer.email, false);
    await page.goto(`/participation/${running.slug}/report/edit`);
    expect(await page.getByRole("button", { name: "Speichern und veröffentlichen" }).count()).toBe(0);
    await clickAndLoad(page.getByRole("button", { name: "Punkt hinzufügen" }));
    await page.locator("#field-point-0-heardDe").fill("Mehr Schatten");
    await page.locator("#field-point-0-heardEn").fill("More shade");
    await page.locator("#field-point-0-outcome").selectOption("taken-into-measure");
    await clickAndLoad(page.getByRole("button", { name: "Punkt hinzufügen" }));
    await page.locator("#field-point-1-heardDe").fill("Wasserspielplatz");
    await page.locator("#field-point-1-heardEn").fill("Water playground");
    await page.locator("#field-point-1-outcome").selectOption("changed-draft");
    await clickAndLoad(page.getByRole("button", { name: "Punkt 2 nach oben" }));
    expect(await page.locator("#field-point-0-heardDe").inputValue()).toBe("Wasserspielplatz");
    await clickAndLoad(page.getByRole("button", { name: "Punkt hinzufügen" }));
    await clickAndLoad(page.getByRole("button", { name: "Punkt 3 entfernen" }));
    await clickAndLoad(page.getByRole("button", { name: "Speichern", exact: true }).last());
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Der Bericht ist gespeichert.");
    expect(await page.locator("#field-point-1-heardDe").inputValue()).toBe("Mehr Schatten");
    await page.goto(`/participation/${running.slug}/report`);
    await eventually(() => page.locator("main").textContent()).toContain("Vorschau");
    await context.close();
  });

  for (const lang of ["de", "en"] as const) {
    it(`shows the report and its form in ${lang} without WCAG 2.2 A/AA violations or sideways scrolling at 320 px`, async () => {
      const { context, page } = await signedIn(officer.email, true);
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of [`/participation/${closing.slug}/report`, `/participation/${closing.slug}/report/edit`]) {
        const response = await page.goto(`${path}?lang=${lang}`);
        expect(response?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      }
      if (lang === "de") {
        const storageState = await context.storageState();
        await screenshotBothWidths(
          browser,
          `${server.baseUrl}/participation/${closing.slug}/report`,
          "participation-report",
        );
        await screenshotBothWidths(
          browser,
          `${server.baseUrl}/participation/${running.slug}/report/edit`,
          "participation-report-edit",
          { storageState },
        );
      }
      await context.close();
    });
  }
});
