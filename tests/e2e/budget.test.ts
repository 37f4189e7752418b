import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInGerman, registerAndConfirmGerman, uniqueEmail } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually, loadAfter } from "./support/navigation";
import { screenshotBothWidths, screenshotDir } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";
import { startSmtpServer } from "./support/smtp";

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

const slug = "buergerhaushalt-2027";
const proposals = [
  { title: "Offenes WLAN im Kiezladen", cost: "20000" },
  { title: "Repair-Café mit Laptop-Sprechstunde", cost: "15000" },
  { title: "Kiez-App für Nachbarschaftshilfe", cost: "30000" },
  { title: "WLAN im Kiezladen", cost: "18000" },
];

/** Saves the current page at phone and desktop width. */
async function screenshotAt(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * The citizen budget in a real browser: a resident proposes, the administration reviews and opens
 * the vote, voters with codes vote (with and without JavaScript), change their choice, confirm,
 * get a receipt and check it, and change their confirmed ballot with code and receipt; the results
 * page explains the outcome.
 */
describe.runIf(browserAvailable())("citizen budget in a real browser", () => {
  let server: RunningServer;
  let smtp: Smtp;
  let browser: Browser;
  let admin: BrowserContext;
  let codes: string[] = [];
  let receipt = "";
  let noScriptReceipt = "";

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServer({ SMTP_URL: smtp.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await admin?.close();
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  async function newContext(javaScriptEnabled = true): Promise<BrowserContext> {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      locale: "de-DE",
      javaScriptEnabled,
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(15_000);
    return context;
  }

  it("lets a resident propose projects", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const email = uniqueEmail("resident");
    const password = "Kastanie-Laterne-Brunnen-7";
    await registerAndConfirmGerman(page, smtp.waitForMail, { email, displayName: "Rosa aus Wedding", password });
    await logInGerman(page, email, password);

    await page.goto("/budgets");
    expect(await axeViolations(page)).toEqual([]);
    await clickAndLoad(page.getByRole("link", { name: "Bürger:innenhaushalt 2027 (Demo)" }));
    expect(await axeViolations(page)).toEqual([]);
    for (const [i, proposal] of proposals.entries()) {
      await clickAndLoad(page.getByRole("link", { name: "Projekt vorschlagen" }));
      if (i === 0) {
        // Sent empty first: the errors are shown beside the fields.
        await clickAndLoad(page.getByRole("button", { name: "Vorschlag einreichen" }));
        await page.getByText("Bitte einen Titel mit 5 bis 160 Zeichen angeben.").first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.getByLabel("Titel").fill(proposal.title);
      await page
        .getByLabel("Beschreibung")
        .fill(`${proposal.title}: damit die Nachbarschaft digital besser zusammenfindet.`);
      await page.getByLabel("Geschätzte Kosten in Euro").fill(proposal.cost);
      if (i === 1) {
        // The strategy's action fields are offered by name; a resident ticks those that fit.
        const fields = page.getByRole("group", { name: "Handlungsfelder (freiwillig)" });
        await fields.getByLabel("Offenes IT-Ökosystem städtischer Anwendungen entwickeln").check();
        await fields.getByLabel("Begegnungs- und Lernorte attraktiv weiterentwickeln").check();
        expect(await axeViolations(page)).toEqual([]);
        await screenshotAt(page, "budget-propose-form");
      }
      await clickAndLoad(page.getByRole("button", { name: "Vorschlag einreichen" }));
      await page.getByText("Danke! Ihr Vorschlag ist eingegangen und wird geprüft.").waitFor();
    }
    await eventually(() => page.getByText("Wird geprüft", { exact: true }).count()).toBe(4);
    await context.close();
  });

  it("shows a budget's areas on a small map whose districts lead to their entry in the list", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/budgets/kiezkasse-2026");
    const map = page.getByRole("group", { name: "Karte: Bezirke mit einem Bereich von „Kiezkasse 2026 (Demo)“" });
    await map.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The shaded districts are links reached with the Tab key; following one lands on its area in the list.
    const neukoelln = map.getByRole("link", { name: /^Neukölln: / });
    await neukoelln.focus();
    await page.keyboard.press("Enter");
    await eventually(() => page.url()).toContain("#area-");
    const target = page.locator(":target");
    await eventually(() => target.textContent()).toContain("Neukölln");
    await page.setViewportSize({ width: 390, height: 844 });
    const box = await page.locator(".budget-areas .district-map__svg").boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(50);
    expect(box?.height ?? 999).toBeLessThanOrEqual(240);
    await page.goto("/budgets/kiezkasse-2026#budget-areas-title");
    await screenshotAt(page, "budget-page-areas");
    await context.close();
  });

  it("lets the administration review, merge a duplicate, open the vote and print voting codes", async () => {
    admin = await newContext();
    const page = await admin.newPage();
    await logInGerman(page, server.admin?.email ?? "", server.admin?.password ?? "");
    await page.goto("/budgets");
    await clickAndLoad(page.getByRole("link", { name: "Neuen Haushalt anlegen" }));
    // Enter in a field sends the form to be created (here it names what is missing); it adds no area.
    const title = page.locator("#field-title");
    await title.fill("Kiezkasse mit Enter");
    await loadAfter(page, () => title.press("Enter"));
    await page.locator(".error-summary").waitFor();
    expect(await page.locator('input[name$=".name"]').count()).toBe(3);
    await eventually(() => title.inputValue()).toBe("Kiezkasse mit Enter");
    await clickAndLoad(page.getByRole("button", { name: "Haushalt anlegen" }));
    await page.locator(".error-summary").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/budgets/${slug}/manage`);
    expect(await axeViolations(page)).toEqual([]);

    for (const proposal of proposals.slice(0, 3)) {
      const card = page.locator("li.card", { has: page.getByRole("heading", { name: proposal.title }) });
      await card.getByLabel("Machbar", { exact: true }).check();
      await clickAndLoad(card.getByRole("button", { name: `Prüfung speichern: ${proposal.title}` }));
      await page.getByText("Die Prüfung ist gespeichert.").waitFor();
    }
    const duplicate = page
      .locator("li.card", { has: page.getByRole("heading", { name: "WLAN im Kiezladen", exact: false }) })
      .last();
    await duplicate.getByLabel("Doppelt – mit anderem Vorschlag zusammenlegen").check();
    await duplicate.getByLabel("Öffentliche Begründung").fill("Dieselbe Idee wie „Offenes WLAN im Kiezladen“.");
    await duplicate.getByLabel("Zusammenlegen mit").selectOption({ label: "Offenes WLAN im Kiezladen" });
    await clickAndLoad(duplicate.getByRole("button", { name: "Prüfung speichern: WLAN im Kiezladen" }));
    await page.getByText("Die Prüfung ist gespeichert.").waitFor();

    // Editing before voting: everything may change; here only the description.
    await clickAndLoad(page.getByRole("link", { name: "Haushalt bearbeiten" }));
    await page.getByRole("heading", { level: 1, name: /^Bearbeiten:/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-edit-open");
    await page.getByLabel("Beschreibung").fill("Digitale Projekte für die Nachbarschaft, für die ganze Stadt.");
    await clickAndLoad(page.getByRole("button", { name: "Änderungen speichern" }));
    await page.getByText("Die Änderungen sind gespeichert.").waitFor();

    // Each phase change is asked first and done only when confirmed.
    await clickAndLoad(page.getByRole("button", { name: "Vorschläge schließen und Prüfung beginnen" }));
    await clickAndLoad(page.getByRole("button", { name: "Ja, Vorschläge schließen" }));
    await page.getByText("Aktuelle Phase: Prüfung").waitFor();
    await clickAndLoad(page.getByRole("button", { name: "Abstimmung jetzt öffnen" }));
    await page.getByRole("heading", { level: 1, name: "Abstimmung jetzt öffnen?" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await clickAndLoad(page.getByRole("button", { name: "Ja, Abstimmung öffnen" }));
    await page.getByText("Aktuelle Phase: Abstimmung").waitFor();
    // Once voting runs, rule, ballot and amounts are shown as fixed.
    await page.goto(`/budgets/${slug}/edit`);
    await page.getByText("Die Abstimmung hat begonnen. Regel, Stimmzettel und Beträge bleiben jetzt").waitFor();
    await eventually(() => page.getByLabel("Auszählungsregel").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-edit-voting");
    await page.goto(`/budgets/${slug}/manage`);

    await page.getByLabel("Anzahl").fill("3");
    await clickAndLoad(page.getByRole("button", { name: "Erzeugen und als Druckseite zeigen" }));
    await page.getByText("Diese 3 Codes werden nur einmal angezeigt.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    codes = (await page.locator(".voting-code").allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(3);

    await page.goto(`/budgets/${slug}`);
    await page.getByText("Zusammengelegt mit „Offenes WLAN im Kiezladen“.").waitFor();
  });

  it("lets a voter with a code vote, see the running total, change the choice, confirm and check the receipt", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`/budgets/${slug}`);
    await clickAndLoad(page.getByRole("link", { name: "Jetzt abstimmen" }));
    await page.getByText("Zusammen dürfen Ihre Projekte höchstens 50.000 € kosten.").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Abstimmungscode").fill(codes[0] as string);
    await clickAndLoad(page.getByRole("button", { name: "Weiter zum Stimmzettel" }));
    await page.getByRole("heading", { level: 1, name: "Stimmzettel: Digitale Nachbarschaft" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-ballot-empty");

    const total = page.locator("[data-total-text]");
    const totalText = async () => ((await total.textContent()) ?? "").replace(/\s+/g, " ");
    await page.getByLabel(/Offenes WLAN im Kiezladen/).check();
    await eventually(totalText).toContain("1 von 5 Projekten · noch 30.000 € frei");
    await screenshotAt(page, "budget-ballot-half");

    await page.getByLabel(/Repair-Café/).check();
    await page.getByLabel(/Kiez-App/).check();
    // Over the limit the total says by how much, in one line that stays small on a phone.
    await eventually(totalText).toContain("3 von 5 Projekten · 15.000 € über dem Budget");
    await page.getByText("Ihre Projekte kosten zusammen mehr als das verfügbare Geld.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-ballot-over");
    await page.setViewportSize({ width: 390, height: 844 });
    const lines = await total.evaluate((el) => {
      const style = getComputedStyle(el);
      const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
      return el.getBoundingClientRect().height / lineHeight;
    });
    expect(lines).toBeLessThan(1.5);
    const boxHeight = (await page.locator("[data-ballot-total]").boundingBox())?.height ?? 999;
    expect(boxHeight).toBeLessThan(844 / 8);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The server refuses the ballot over the limit, too.
    await clickAndLoad(page.getByRole("button", { name: "Weiter zur Bestätigung" }));
    await page
      .getByRole("heading", { name: "Bitte korrigieren Sie Ihre Angaben" })
      .or(page.locator(".error-summary"))
      .first()
      .waitFor();
    await page.getByLabel(/Kiez-App/).uncheck();
    await clickAndLoad(page.getByRole("button", { name: "Weiter zur Bestätigung" }));
    await page.getByRole("heading", { level: 1, name: "Stimmzettel bestätigen" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await clickAndLoad(page.getByRole("button", { name: "Auswahl ändern" }));
    await page.getByLabel(/Repair-Café/).uncheck();
    await page.getByLabel(/Kiez-App/).check();
    await clickAndLoad(page.getByRole("button", { name: "Weiter zur Bestätigung" }));
    await page.getByRole("cell", { name: "Kiez-App für Nachbarschaftshilfe" }).waitFor();
    await eventually(() => page.getByRole("cell", { name: "Repair-Café mit Laptop-Sprechstunde" }).count()).toBe(0);
    await clickAndLoad(page.getByRole("button", { name: "Stimmzettel abgeben" }));
    await page.getByRole("heading", { level: 1, name: "Ihre Stimme wurde gezählt" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    receipt = ((await page.locator("#receipt-code").textContent()) ?? "").trim();
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // The receipt can be copied, printed and saved as a small text file.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Quittung kopieren" }).click();
    await page.getByText("Die Quittung ist kopiert.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(receipt);
    await page.getByRole("button", { name: "Quittung drucken" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Quittung als Textdatei speichern" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${slug}-quittung.txt`);
    const file = await download.path();
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(file, "utf8")).toContain(`Quittungscode: ${receipt}`);
    await screenshotAt(page, "budget-receipt");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Quittung drucken" }).isVisible()).toBe(false);
    expect(await page.locator("#receipt-code").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    // Going back and sending the confirmation again does not count twice: it shows the first receipt again.
    await page.goBack();
    await clickAndLoad(page.getByRole("button", { name: "Stimmzettel abgeben" }));
    await page.getByRole("heading", { level: 1, name: "Ihre Stimme wurde gezählt" }).waitFor();
    expect(((await page.locator("#receipt-code").textContent()) ?? "").trim()).toBe(receipt);

    await page.goto(`/budgets/${slug}/check`);
    await page.getByLabel("Quittungscode").fill(receipt);
    await clickAndLoad(page.getByRole("button", { name: "Prüfen" }));
    await page.getByText(/Ihr Stimmzettel wurde gezählt/).waitFor();
    await eventually(() => page.getByText("Kiez-App").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Changing after confirming: the code alone is refused with directions, code and receipt work.
    await page.goto(`/budgets/${slug}/vote`);
    await page.getByLabel("Abstimmungscode").fill(codes[0] as string);
    await clickAndLoad(page.getByRole("button", { name: "Weiter zum Stimmzettel" }));
    await page.getByText("Um Ihre Wahl zu ändern").first().waitFor();
    await page.goto(`/budgets/${slug}/vote`);
    await clickAndLoad(page.getByRole("link", { name: "Schon mit Code abgestimmt? Stimmzettel ändern" }));
    await page.getByRole("heading", { level: 1, name: "Stimmzettel ändern" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-change-start");
    await page.getByLabel("Abstimmungscode").fill(codes[0] as string);
    await page.getByLabel("Quittungscode").fill("ABCD-ABCD-ABCD-ABCD");
    await clickAndLoad(page.getByRole("button", { name: "Weiter zum neuen Stimmzettel" }));
    await page.getByText("Code und Quittung passen nicht zusammen.").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Quittungscode").fill(receipt);
    await clickAndLoad(page.getByRole("button", { name: "Weiter zum neuen Stimmzettel" }));
    await page.getByText("Sie ändern Ihren Stimmzettel.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-change-ballot");
    await page.getByLabel(/Repair-Café/).check();
    await eventually(totalText).toContain("1 von 5 Projekten · noch 35.000 € frei");
    await clickAndLoad(page.getByRole("button", { name: "Weiter zur Bestätigung" }));
    await page.getByRole("cell", { name: "Repair-Café mit Laptop-Sprechstunde" }).waitFor();
    await clickAndLoad(page.getByRole("button", { name: "Stimmzettel abgeben" }));
    await page.getByText("Danke! Ihr neuer Stimmzettel ersetzt den alten.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-change-receipt");
    const newReceipt = ((await page.locator("#receipt-code").textContent()) ?? "").trim();
    expect(newReceipt).not.toBe(receipt);
    await page.goto(`/budgets/${slug}/check`);
    await page.getByLabel("Quittungscode").fill(receipt);
    await clickAndLoad(page.getByRole("button", { name: "Prüfen" }));
    await page.getByText(/durch einen neueren ersetzt/).waitFor();
    receipt = newReceipt;
    await context.close();
  });

  it("works without JavaScript: the server updates the total, and a used code is refused", async () => {
    const context = await newContext(false);
    const page = await context.newPage();
    await page.goto(`/budgets/${slug}/vote`);
    await page.getByLabel("Abstimmungscode").fill(codes[1] as string);
    await clickAndLoad(page.getByRole("button", { name: "Weiter zum Stimmzettel" }));
    await page.getByLabel(/Repair-Café/).check();
    await page.getByLabel(/Kiez-App/).check();
    // Without a script the total changes only when asked.
    await page.getByText("0 von 5 Projekten · noch 50.000 € frei").waitFor();
    await clickAndLoad(page.getByRole("button", { name: "Summe aktualisieren" }));
    await page.getByText("2 von 5 Projekten · noch 5.000 € frei").waitFor();
    await clickAndLoad(page.getByRole("button", { name: "Weiter zur Bestätigung" }));
    await clickAndLoad(page.getByRole("button", { name: "Stimmzettel abgeben" }));
    await page.getByRole("heading", { level: 1, name: "Ihre Stimme wurde gezählt" }).waitFor();
    noScriptReceipt = ((await page.locator("#receipt-code").textContent()) ?? "").trim();
    // Without a script there is nothing to copy with, but saving the receipt works.
    expect(await page.getByRole("button", { name: "Quittung kopieren" }).count()).toBe(0);
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Quittung als Textdatei speichern" }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe(`${slug}-quittung.txt`);

    await page.goto(`/budgets/${slug}/vote`);
    await page.getByLabel("Abstimmungscode").fill(codes[0] as string);
    await clickAndLoad(page.getByRole("button", { name: "Weiter zum Stimmzettel" }));
    await page.getByText("Mit diesem Code wurde schon abgestimmt. Jeder Code gilt nur einmal.").first().waitFor();
    await context.close();
  });

  it("changes a confirmed ballot with code and receipt without JavaScript", async () => {
    // axe needs scripts, so these pages are checked in the test with JavaScript above; here the
    // point is that every step is a plain form the server answers.
    const context = await newContext(false);
    const page = await context.newPage();
    await page.goto(`/budgets/${slug}/vote/change`);
    await page.getByLabel("Abstimmungscode").fill(codes[1] as string);
    await page.getByLabel("Quittungscode").fill(noScriptReceipt);
    await clickAndLoad(page.getByRole("button", { name: "Weiter zum neuen Stimmzettel" }));
    await page.getByText("Sie ändern Ihren Stimmzettel.").waitFor();
    await page.getByLabel(/Offenes WLAN/).check();
    await clickAndLoad(page.getByRole("button", { name: "Summe aktualisieren" }));
    await page.getByText("1 von 5 Projekten · noch 30.000 € frei").waitFor();
    await clickAndLoad(page.getByRole("button", { name: "Weiter zur Bestätigung" }));
    await page.getByRole("cell", { name: "Offenes WLAN im Kiezladen" }).waitFor();
    await clickAndLoad(page.getByRole("button", { name: "Stimmzettel abgeben" }));
    await page.getByText("Danke! Ihr neuer Stimmzettel ersetzt den alten.").waitFor();
    const second = ((await page.locator("#receipt-code").textContent()) ?? "").trim();
    expect(second).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(second).not.toBe(noScriptReceipt);
    await context.close();
  });

  it("shows the results with the rule, an explanation per project, a chart and a table", async () => {
    const page = await admin.newPage();
    await page.goto(`/budgets/${slug}/manage`);
    await page.goto(`/budgets/${slug}/results`);
    await page.getByText(/Die Ergebnisse werden am .* veröffentlicht/).waitFor();
    await screenshotAt(page, "budget-results-before");
    await page.goto(`/budgets/${slug}/manage`);
    await clickAndLoad(page.getByRole("button", { name: "Abstimmung schließen und Ergebnisse veröffentlichen" }));
    await page.getByRole("heading", { level: 1, name: "Abstimmung beenden und Ergebnisse veröffentlichen?" }).waitFor();
    await page.getByText("Das lässt sich nicht rückgängig machen.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotAt(page, "budget-close-confirm");
    await clickAndLoad(page.getByRole("button", { name: "Ja, Abstimmung beenden und Ergebnisse veröffentlichen" }));
    await page.getByText("Aktuelle Phase: Ergebnisse").waitFor();

    const context = await newContext();
    const results = await context.newPage();
    await results.goto(`/budgets/${slug}/results`);
    await results.getByRole("heading", { level: 1, name: "Ergebnisse: Bürger:innenhaushalt 2027 (Demo)" }).waitFor();
    await results.getByText("Methode der gleichen Anteile").first().waitFor();
    const row = results.getByRole("row", { name: /Kiez-App für Nachbarschaftshilfe/ });
    await eventually(() => row.textContent()).toMatch(/gefördert|Nicht gefördert/);
    await eventually(() => results.locator("svg[role=img]").count()).toBe(1);
    await results.getByText("2 mit Code, 0 mit Konto").waitFor();
    expect(await axeViolations(results)).toEqual([]);
    await results.goto(`/budgets/${slug}/results?lang=en`);
    await results.getByRole("heading", { level: 1, name: "Results: Bürger:innenhaushalt 2027 (Demo)" }).waitFor();
    expect(await axeViolations(results)).toEqual([]);
    await context.close();
    await screenshotBothWidths(browser, `${server.baseUrl}/budgets/${slug}/results?lang=de`, "budget-results");
  });

  it("lets the strategy office turn a funded project into a measure that links back", async () => {
    const page = await admin.newPage();
    await page.goto(`/budgets/${slug}/results`);
    await screenshotAt(page, "budget-results-office");
    await clickAndLoad(page.getByRole("link", { name: "„Offenes WLAN im Kiezladen“ als Maßnahme übernehmen" }));
    await page.getByRole("heading", { level: 1, name: /^Als Maßnahme übernehmen/ }).waitFor();
    await eventually(() => page.getByLabel("Titel der Maßnahme").inputValue()).toBe("Offenes WLAN im Kiezladen");
    await eventually(() => page.getByLabel("Kosten in Euro").inputValue()).toBe("20000");
    expect(await axeViolations(page)).toEqual([]);
    // Without a field of action the form says what is missing.
    await clickAndLoad(page.getByRole("button", { name: "Maßnahme anlegen" }));
    await page.getByText("Bitte wählen Sie mindestens ein Handlungsfeld.").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('input[name="actionFields"]').first().check();
    await screenshotAt(page, "budget-measure-form");
    await clickAndLoad(page.getByRole("button", { name: "Maßnahme anlegen" }));
    await page.getByText("Die Maßnahme ist angelegt.").waitFor();
    await eventually(() =>
      page.getByRole("link", { name: "„Offenes WLAN im Kiezladen“ als Maßnahme übernehmen" }).count(),
    ).toBe(0);
    await clickAndLoad(page.getByRole("link", { name: "Zur Maßnahme im Strategiekatalog" }));
    await page.getByRole("heading", { level: 1, name: "Offenes WLAN im Kiezladen" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await clickAndLoad(page.getByRole("link", { name: "Aus dem Bürger:innenhaushalt" }));
    await page.getByRole("heading", { level: 1, name: /^Ergebnisse:/ }).waitFor();
    await eventually(() => page.url()).toContain("#project-");
    await page.close();
  });
});
