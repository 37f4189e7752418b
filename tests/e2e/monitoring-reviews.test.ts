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
import { type RunningServer, startServer } from "./support/server";

const Z1 = "aufbau-von-kapazitaeten-und-kompetenzen-fuer-den-digitalen";
const office = { email: "olga.office@example.org", password: "review-office-2026-amt", name: "Olga Strategie" };
const member = { email: "tina.team@example.org", password: "review-team-2026-kiez", name: "Tina Team" };
const reason = "Nur vier statt zwölf Bezirke machen mit.";
const lesson = "Bezirke früher ansprechen, nicht erst kurz vor dem Start.";

/** A day from today, as the date fields take it. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe.runIf(browserAvailable())("a review round in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let round = "";

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-reviews-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    await createUserCommand(deps, { ...office, role: "strategy_office" }, quiet);
    await createUserCommand(deps, member, quiet);
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

  /** A browser context signed in as the person; without JavaScript unless asked, at phone width for checks. */
  async function signedIn(
    person: { email: string; password: string } | null,
    javaScript: boolean,
  ): Promise<{
    context: BrowserContext;
    page: Page;
  }> {
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      locale: "de-DE",
      viewport: { width: 320, height: 640 },
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    if (person) {
      await page.goto(`${server.baseUrl}/login`);
      await page.locator("#field-email").fill(person.email);
      await page.locator("#field-password").fill(person.password);
      await clickAndLoad(page.locator("form[action='/login'] button[type=submit]"));
    }
    return { context, page };
  }

  /** No WCAG 2.2 A/AA violations and no sideways scrolling at 320 px, in German and English. */
  async function accessible(person: { email: string; password: string } | null, path: string): Promise<void> {
    const { context, page } = await signedIn(person, true);
    for (const lang of ["de", "en"]) {
      const response = await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await context.close();
  }

  it("the office opens a round without JavaScript", async () => {
    await accessible(office, "/reviews");
    const { context, page } = await signedIn(office, false);
    await page.goto(`${server.baseUrl}/reviews`);
    await page.getByLabel("Name der Runde").fill("Revision 2. Halbjahr");
    await page.getByLabel("Berichtszeitraum von").fill(daysFromNow(-150));
    await page.getByLabel("Berichtszeitraum bis").fill(daysFromNow(-1));
    await page.getByLabel("Frist für die Berichte").fill(daysFromNow(30));
    await clickAndLoad(page.getByRole("button", { name: "Runde eröffnen" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain(
      "Die Revisionsrunde ist eröffnet.",
    );
    round = /\/reviews\/([0-9a-f-]+)/.exec(page.url())?.[1] ?? "";
    expect(round).not.toBe("");
    await context.close();
  });

  it("the team reports without JavaScript and proposes a lower target, after a mistake named at its field", async () => {
    await accessible(member, `/reviews/${round}/measures/${Z1}`);
    const { context, page } = await signedIn(member, false);
    await page.goto(`${server.baseUrl}/reviews/${round}`);
    await clickAndLoad(page.getByRole("link", { name: /Bericht schreiben/ }).first());
    await page.getByLabel("Wie lief der Zeitraum?").fill("Die Fortbildungen liefen, aber weniger Bezirke machten mit.");
    await page.getByLabel("Neuer Zielwert").fill("900");
    await page.getByLabel("Zeitraum des Zielwerts").fill("2027");
    await page.locator("#field-proposal-0-reason").fill(reason);
    await clickAndLoad(page.getByRole("button", { name: "Bericht senden" }));
    await eventually(() => page.locator(".error-summary").textContent()).toContain(
      "Bitte nennen Sie mindestens eine Lektion",
    );
    // The form keeps what was typed, and offers one more empty proposal.
    expect(await page.locator("#field-proposal-0-target").inputValue()).toBe("900");
    await page.locator("#field-lesson-0-text").fill(lesson);
    await page.locator("#field-lesson-0-topic").selectOption("participation");
    await clickAndLoad(page.getByRole("button", { name: "Bericht senden" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Der Bericht ist gesendet.");
    expect(await page.locator("main").textContent()).toContain("Ziel 2027 auf 900 Personen ändern");
    await context.close();
  });

  it("the office accepts the change, and the public measure page shows the new version, its reason and the journey", async () => {
    const report = `/reviews/${round}/measures/${Z1}`;
    await accessible(office, report);
    const { context, page } = await signedIn(office, false);
    await page.goto(`${server.baseUrl}${report}`);
    await page.getByLabel("Entscheidung").selectOption("accepted");
    await clickAndLoad(page.getByRole("button", { name: "Entscheidungen speichern" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain(
      "Die Entscheidungen sind gespeichert.",
    );
    await context.close();

    const visitor = await signedIn(null, false);
    await visitor.page.goto(`${server.baseUrl}/measures/${Z1}/monitoring`);
    const history = await visitor.page.locator("#history ~ *").allTextContents();
    expect(history.join(" ")).toContain("Ziel 2027 von 1.200 Personen auf 900 Personen gesenkt");
    expect(history.join(" ")).toContain(reason);
    await visitor.page.goto(`${server.baseUrl}/measures/${Z1}`);
    const measure = (await visitor.page.locator("main").textContent()) ?? "";
    expect(measure).toContain("Vorschlag aus der Revisionsrunde angenommen");
    expect(measure).toContain(`Revision 2. Halbjahr: ${reason}`);
    await visitor.context.close();
    await accessible(null, `/measures/${Z1}`);
  });

  it("once published, the round and its lessons are public and searchable", async () => {
    const { context, page } = await signedIn(office, false);
    await page.goto(`${server.baseUrl}/reviews/${round}`);
    await clickAndLoad(page.getByRole("button", { name: "Berichtszeit beenden …" }));
    await clickAndLoad(page.getByRole("button", { name: "Ja, Berichtszeit beenden" }));
    await page
      .getByLabel("Antwort der Geschäftsstelle")
      .fill("Wir senken das Ziel und sprechen die Bezirke früher an.");
    await clickAndLoad(page.getByRole("button", { name: "Veröffentlichen …" }));
    await clickAndLoad(page.getByRole("button", { name: "Ja, veröffentlichen" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain("veröffentlicht");
    await context.close();

    await accessible(null, `/reviews/${round}`);
    await accessible(null, `/reviews/${round}/report`);
    await accessible(null, "/lessons?q=Bezirke");
    const visitor = await signedIn(null, false);
    await visitor.page.goto(`${server.baseUrl}/lessons`);
    await visitor.page.getByLabel("Suche").fill("Bezirke");
    await clickAndLoad(visitor.page.getByRole("button", { name: "Anzeigen" }));
    expect(await visitor.page.locator("main").textContent()).toContain(lesson);
    await visitor.context.close();
  });

  it("the implementation report prints without the site's frame, with a print button only where JavaScript runs", async () => {
    const report = `${server.baseUrl}/reviews/${round}/report`;
    const printButton = (page: Page) => page.getByRole("button", { name: "Drucken / als PDF speichern" });
    const plain = await signedIn(null, false);
    await plain.page.goto(report);
    expect(await plain.page.locator("main").textContent()).toContain(reason);
    expect(await printButton(plain.page).count()).toBe(0);
    await plain.context.close();

    const { context, page } = await signedIn(null, true);
    await page.goto(report);
    await expect.poll(() => printButton(page).isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await printButton(page).isVisible()).toBe(false);
    expect(await page.locator("main h1").isVisible()).toBe(true);
    await context.close();
  });
});
