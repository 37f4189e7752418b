import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, openMigratedDatabase } from "../../src/app/bootstrap";
import { createUserCommand } from "../../src/modules/admin/cli/user";
import { insertResponse } from "../../src/modules/participation/data/survey-responses";
import { saveSurvey } from "../../src/modules/participation/data/surveys";
import { checkQuestionnaire } from "../../src/modules/participation/domain/survey";
import { loadConfig } from "../../src/platform/config/config";
import { insertSurveyProcess } from "../support/participation-survey";
import { signedInContext } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const password = "umfrage-passwort-2025";
const office = { email: "olga.office@example.org", name: "Olga Office" };
const rosa = { email: "rosa.resident@example.org", name: "Rosa Resident" };
const slug = "wlan-umfrage";
const survey = `/participation/${slug}/survey`;
/** A second process whose survey ended an hour ago with two answers given, for the office to publish. */
const endedSlug = "wlan-umfrage-vorbei";
const endedSurvey = `/participation/${endedSlug}/survey`;

const t = (de: string, en: string) => ({ de, en });
const questions = checkQuestionnaire([
  {
    id: "q1",
    kind: "single",
    text: t("Nutzen Sie das WLAN in der Bibliothek?", "Do you use the library's Wi-Fi?"),
    required: true,
    choices: [
      { id: "c1", text: t("Ja", "Yes") },
      { id: "c2", text: t("Nein", "No") },
    ],
  },
  {
    id: "q2",
    kind: "multiple",
    text: t("Wofür nutzen Sie es?", "What do you use it for?"),
    required: true,
    choices: [
      { id: "c1", text: t("Lernen", "Studying") },
      { id: "c2", text: t("Arbeit", "Work") },
    ],
    showIf: { question: "q1", choice: "c1" },
  },
  {
    id: "q3",
    kind: "scale",
    text: t("Wie zufrieden sind Sie mit dem Tempo?", "How satisfied are you with the speed?"),
    required: true,
    scaleLabels: { low: t("gar nicht", "not at all"), high: t("sehr", "very") },
  },
  { id: "q4", kind: "long-text", text: t("Was wünschen Sie sich?", "What do you wish for?"), required: false },
]);

describe.runIf(browserAvailable())("a survey in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    if (!questions.ok) throw new Error(questions.issue.message);
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-survey-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    await createUserCommand(deps, { ...office, password, role: "strategy_office" }, quiet);
    await createUserCommand(deps, { ...rosa, password }, quiet);
    const asked = {
      questions: questions.questions,
      answeredBy: "anonymous" as const,
      profileQuestions: ["district" as const],
    };
    const process = await insertSurveyProcess(database.db, { slug, now: new Date() });
    await saveSurvey(database.db, process.id, asked, new Date());
    const ended = await insertSurveyProcess(database.db, {
      slug: endedSlug,
      now: new Date(),
      surveyEndsAt: new Date(Date.now() - 3_600_000),
    });
    const endedId = await saveSurvey(database.db, ended.id, asked, new Date());
    // The answers the two people in the tests below give to the running survey, given here to the ended one.
    for (const browserKey of ["schon-beantwortet-1", "schon-beantwortet-2"])
      await insertResponse(database.db, {
        surveyId: endedId,
        respondent: { browserKey },
        answers: { q1: "c1", q2: ["c1"], q3: 4, q4: "Mehr Steckdosen an den Tischen" },
        profile: { stakeholderGroup: null, district: "mitte", ageGroup: null },
        submittedAt: new Date(Date.now() - 2 * 3_600_000),
      });
    await database.close();
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function signedIn(email: string, javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
    return signedInContext(browser, server.baseUrl, { email: email, password }, javaScriptEnabled);
  }

  /** Answers every page: "yes", so the conditional question shows on the next page. */
  async function answer(page: Page, checkAccessibility: boolean): Promise<void> {
    await page.goto(survey);
    expect(await page.locator("legend", { hasText: "Wofür nutzen Sie es?" }).count()).toBe(0);
    if (checkAccessibility) expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Ja").check();
    await clickAndLoad(page.getByRole("button", { name: "Weiter" }));
    // The conditional question, after its answer; a required one left out is named first.
    expect(await page.locator("legend", { hasText: "Wofür nutzen Sie es?" }).count()).toBe(1);
    await clickAndLoad(page.getByRole("button", { name: "Weiter" }));
    await eventually(() => page.locator(".error-summary").textContent()).toContain(
      "Wofür nutzen Sie es?: Bitte beantworten Sie diese Frage.",
    );
    if (checkAccessibility) expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Lernen").check();
    await page.getByLabel("4", { exact: true }).check();
    await page.getByLabel(/Was wünschen Sie sich/).fill("Mehr Steckdosen an den Tischen");
    await clickAndLoad(page.getByRole("button", { name: "Weiter" }));
    await page.getByLabel("Bezirk").selectOption({ label: "Mitte" });
    if (checkAccessibility) expect(await axeViolations(page)).toEqual([]);
    await clickAndLoad(page.getByRole("button", { name: "Antworten absenden" }));
    await eventually(() => page.locator("h1").textContent()).toContain("Vielen Dank für Ihre Antworten!");
    if (checkAccessibility) expect(await axeViolations(page)).toEqual([]);
  }

  it("lets a resident answer, the conditional question on the next page, once per browser", async () => {
    const { context, page } = await signedIn(rosa.email, true);
    await answer(page, true);
    await page.goto(survey);
    await eventually(() => page.locator("h1").textContent()).toContain("Sie haben schon geantwortet");
    await context.close();
  });

  it("works the same without JavaScript for a guest", async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE", javaScriptEnabled: false });
    context.setDefaultTimeout(15_000);
    await answer(await context.newPage(), false);
    await context.close();
  });

  it("shows the builder and the survey without violations or sideways scrolling at 320 px", async () => {
    const { context, page } = await signedIn(office.email, true);
    await page.goto(`${survey}/edit`);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const storageState = await context.storageState();
    await screenshotBothWidths(browser, `${server.baseUrl}${survey}/edit`, "participation-survey-edit", {
      storageState,
    });
    await screenshotBothWidths(browser, `${server.baseUrl}${survey}`, "participation-survey-answer", {
      prepare: async (p) => {
        await p.getByLabel("Ja").check();
        await p.getByRole("button", { name: "Weiter" }).click();
        await p.waitForLoadState();
        await p.getByRole("button", { name: "Weiter" }).click();
        await p.waitForLoadState();
      },
    });
    await context.close();
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const guest = await narrow.newPage();
    for (const lang of ["de", "en"]) {
      await guest.goto(`${server.baseUrl}${survey}?lang=${lang}`);
      expect(await axeViolations(guest)).toEqual([]);
      expect(await guest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await narrow.close();
  });

  it("lets the office publish the results after the survey, and everyone sees the chart", {
    timeout: 120_000,
  }, async () => {
    const guest = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE", javaScriptEnabled: false });
    const publicPage = await guest.newPage();
    expect((await publicPage.goto(`${endedSurvey}/results`))?.status()).toBe(404);

    const { context, page } = await signedIn(office.email, true);
    await page.goto(`${endedSurvey}/results`);
    expect(await axeViolations(page)).toEqual([]);
    await clickAndLoad(page.getByRole("button", { name: "Ergebnisse veröffentlichen" }));
    await eventually(() => page.locator("main").textContent()).toContain("Die Ergebnisse sind jetzt öffentlich.");
    await context.close();

    const response = await publicPage.goto(`${endedSurvey}/results`);
    expect(response?.status()).toBe(200);
    const chart = publicPage.getByRole("figure", { name: "Nutzen Sie das WLAN in der Bibliothek?" });
    expect(await chart.textContent()).toContain("Am häufigsten: Ja (2).");
    expect(await publicPage.getByText("Mehr Steckdosen an den Tischen").count()).toBe(2);
    await guest.close();

    for (const lang of ["de", "en"]) {
      const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page320 = await narrow.newPage();
      await page320.goto(`${server.baseUrl}${endedSurvey}/results?lang=${lang}`);
      expect(await axeViolations(page320)).toEqual([]);
      expect(await page320.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await narrow.close();
    }
    await screenshotBothWidths(browser, `${server.baseUrl}${endedSurvey}/results`, "participation-survey-results");
  });
});
