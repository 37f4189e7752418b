import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPages } from "../support/pdf-text";
import { logInGerman, registerAndConfirmGerman, uniqueEmail } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad } from "./support/navigation";
import { screenshotDir } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";
import { startSmtpServer } from "./support/smtp";

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

const CODE = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/g;
const password = "Kastanie-Laterne-Brunnen-7";
/** The demo Kiezkasse is open for voting and asks accounts to declare where they live. */
const declared = "kiezkasse-2026";

async function screenshotAt(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * Who may vote, in a real browser: the office sets up budgets with each eligibility, prints
 * verification letters and uploads a list; residents with and without JavaScript see the way their
 * budget offers (none with codes only, a declaration, a letter's code, the list) and reach the ballot.
 */
describe.runIf(browserAvailable())("eligibility for voting with an account", () => {
  let server: RunningServer;
  let smtp: Smtp;
  let browser: Browser;
  let office: BrowserContext;
  const residents: Array<{ email: string }> = [];
  let letterCodes: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServer({ SMTP_URL: smtp.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await office?.close();
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
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    return context;
  }

  /** A resident's signed-in page; `javaScript` false for the one without scripts. */
  async function residentPage(index: number, javaScript: boolean): Promise<Page> {
    const context = await newContext(javaScript);
    const page = await context.newPage();
    await logInGerman(page, residents[index]?.email ?? "", password);
    return page;
  }

  it("lets the office set up a budget per eligibility and open its vote", async () => {
    office = await newContext();
    const page = await office.newPage();
    await logInGerman(page, server.admin?.email ?? "", server.admin?.password ?? "");
    const setUps = [
      { slug: "nur-codes", mode: "codes_only", heading: "Neukölln", district: "neukoelln" },
      { slug: "mit-pruefbrief", mode: "verified_letter", heading: "Lichtenberg", district: "lichtenberg" },
      { slug: "mit-verzeichnis", mode: "verified_list", heading: "Neukölln", district: "neukoelln" },
    ];
    for (const [i, s] of setUps.entries()) {
      await page.goto("/budgets/new");
      if (i === 0) expect(await axeViolations(page)).toEqual([]);
      await page.locator("#field-title").fill(`Kiezkasse ${s.slug}`);
      await page.locator("#field-slug").fill(s.slug);
      await page.locator('[name="eligibility"]').selectOption(s.mode);
      await page.locator('[name="proposalsStart"]').fill(day(0));
      await page.locator('[name="reviewStart"]').fill(day(1));
      await page.locator('[name="votingStart"]').fill(day(2));
      await page.locator('[name="resultsStart"]').fill(day(30));
      await page.locator('[name="implementationStart"]').fill(day(60));
      await page.locator('[name="headings.0.name"]').fill(s.heading);
      await page.locator('[name="headings.0.district"]').selectOption(s.district);
      await page.locator('[name="headings.0.amount"]').fill("5000");
      if (i === 0) {
        // Another row for an area comes from the server with everything typed kept; an empty row is ignored.
        expect(await page.locator('[name$=".name"][name^="headings."]').count()).toBe(3);
        await clickAndLoad(page.getByRole("button", { name: "Weiteren Bereich hinzufügen" }));
        expect(await page.locator('[name$=".name"][name^="headings."]').count()).toBe(4);
        expect(page.url()).toContain("#new-heading");
        expect(await page.locator("#field-title").inputValue()).toBe(`Kiezkasse ${s.slug}`);
        expect(await page.locator('[name="headings.0.district"]').inputValue()).toBe(s.district);
        expect(await page.locator('[name="eligibility"]').inputValue()).toBe(s.mode);
        expect(await axeViolations(page)).toEqual([]);
        await screenshotAt(page, "budget-create-more-areas");
      }
      await clickAndLoad(page.getByRole("button", { name: "Haushalt anlegen" }));
      await page.goto(`/budgets/${s.slug}/manage`);
      await clickAndLoad(page.getByRole("button", { name: "Vorschläge schließen und Prüfung beginnen" }));
      await clickAndLoad(page.getByRole("button", { name: "Ja, Vorschläge schließen" }));
      await clickAndLoad(page.getByRole("button", { name: "Abstimmung jetzt öffnen" }));
      await clickAndLoad(page.getByRole("button", { name: "Ja, Abstimmung öffnen" }));
      await page.getByText("Aktuelle Phase: Abstimmung").first().waitFor();
    }
  });

  it("lets the office print verification letters and upload the list, refusing a broken list", async () => {
    const page = await office.newPage();
    await page.goto("/budgets/mit-pruefbrief/manage");
    await page.getByRole("heading", { name: "Prüfbriefe" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const download = page.waitForEvent("download");
    await page.locator('[name="addresses"]').setInputFiles({
      name: "adressen.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Name,Straße,Ort\nAnna Muster,Weg 1,10317 Berlin\nBen Beispiel,Weg 2,10317 Berlin\n"),
    });
    await page.getByRole("button", { name: "Prüfbriefe als PDF erzeugen" }).click();
    const pdf = await readFile((await (await download).path()) as string);
    letterCodes = (await pdfPages(new Uint8Array(pdf))).join("\n").match(CODE) ?? [];
    expect(letterCodes).toHaveLength(2);

    await page.goto("/budgets/mit-verzeichnis/manage");
    await page.locator('[name="list"]').setInputFiles({
      name: "verzeichnis.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Name;Geburtsdatum;PLZ\nAnna Müller;01.02.1980;12043\nBen Beispiel;kein Datum;12043\n"),
    });
    await clickAndLoad(page.getByRole("button", { name: "Verzeichnis hochladen" }));
    await page.getByText("Zeile 3: Geburtsdatum ist nicht lesbar. Es wurde nichts gespeichert.").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[name="list"]').setInputFiles({
      name: "verzeichnis.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Name;Geburtsdatum;PLZ\nAnna Müller;01.02.1980;12043\nBen Beispiel;31.12.1975;12043\n"),
    });
    await clickAndLoad(page.getByRole("button", { name: "Verzeichnis hochladen" }));
    await page.getByText("Neukölln: Im Verzeichnis: 2, davon mit Konto bestätigt: 0").waitFor();
    await page.close();
  });

  it("registers two residents", async () => {
    const context = await newContext();
    const page = await context.newPage();
    for (const name of ["Rosa mit Skript", "Paul ohne Skript"]) {
      const email = uniqueEmail("voter");
      await registerAndConfirmGerman(page, smtp.waitForMail, { email, displayName: name, password });
      residents.push({ email });
      await page.context().clearCookies();
    }
    await context.close();
  });

  for (const javaScript of [true, false]) {
    const who = javaScript ? 0 : 1;
    const label = javaScript ? "with JavaScript" : "without JavaScript";

    it(`codes only: an account is sent to the voting code (${label})`, async () => {
      const page = await residentPage(who, javaScript);
      await page.goto("/budgets/nur-codes/vote");
      await page.getByText("In diesem Haushalt stimmen Sie nur mit dem Abstimmungscode").waitFor();
      expect(await page.getByText("Stimmzettel:").count()).toBe(0);
      await page.getByRole("textbox", { name: /^Abstimmungscode/ }).waitFor();
      if (javaScript) expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });

    it(`self-declared: the ballot page asks for the declaration, then shows that ballot (${label})`, async () => {
      const page = await residentPage(who, javaScript);
      await page.goto(`/budgets/${declared}/vote`);
      await page.getByRole("group", { name: "Erklärung zum Wohnort" }).waitFor();
      if (javaScript) {
        expect(await axeViolations(page)).toEqual([]);
        await screenshotAt(page, "budget-eligibility-declaration");
        // Sent without a choice: the error is shown beside the choices and in the summary.
        await clickAndLoad(page.getByRole("button", { name: "Erklärung abgeben und weiter zum Stimmzettel" }));
        await page.locator(".error-summary").waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await screenshotAt(page, "budget-eligibility-declaration-error");
      }
      const place = javaScript ? "Neukölln" : "Lichtenberg";
      await page.getByLabel(`Ich erkläre, dass ich in ${place} wohne.`).check();
      await clickAndLoad(page.getByRole("button", { name: "Erklärung abgeben und weiter zum Stimmzettel" }));
      await page.getByRole("heading", { level: 1, name: `Stimmzettel: ${place}` }).waitFor();
      await page.getByText(`Sie haben erklärt, dass Sie in ${place} wohnen.`).waitFor();
      if (javaScript) expect(await axeViolations(page)).toEqual([]);

      // Changed before voting, on its own page.
      await clickAndLoad(page.getByRole("link", { name: "Erklärung ändern" }));
      const other = javaScript ? "Lichtenberg" : "Neukölln";
      if (javaScript) expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel(`Ich erkläre, dass ich in ${other} wohne.`).check();
      await clickAndLoad(page.getByRole("button", { name: "Erklärung abgeben und weiter zum Stimmzettel" }));
      await page.getByRole("heading", { level: 1, name: `Stimmzettel: ${other}` }).waitFor();
      await page.context().close();
    });

    it(`verified by letter: the letter's code binds the account (${label})`, async () => {
      const page = await residentPage(who, javaScript);
      await page.goto("/budgets/mit-pruefbrief/vote");
      await page.getByRole("heading", { name: "Wohnort mit Prüfbrief bestätigen" }).waitFor();
      await page.getByLabel("Code aus dem Prüfbrief").fill("ABCD-ABCD-ABCD-ABCD");
      await clickAndLoad(page.getByRole("button", { name: "Wohnort bestätigen" }));
      await page.getByText("Diesen Prüfcode kennen wir nicht.").first().waitFor();
      if (javaScript) expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel("Code aus dem Prüfbrief").fill(letterCodes[who] ?? "");
      await clickAndLoad(page.getByRole("button", { name: "Wohnort bestätigen" }));
      await page.getByRole("heading", { level: 1, name: "Stimmzettel: Lichtenberg" }).waitFor();
      await page.getByText("Ihr Wohnort ist bestätigt: Lichtenberg, bis zum Ende der Abstimmung.").waitFor();
      if (javaScript) expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });

    it(`verified by list: name, birth date and postcode must match an entry (${label})`, async () => {
      const page = await residentPage(who, javaScript);
      await page.goto("/budgets/mit-verzeichnis/vote");
      await page.getByRole("heading", { name: "Wohnort mit dem Verzeichnis prüfen" }).waitFor();
      if (javaScript) expect(await axeViolations(page)).toEqual([]);
      const person = javaScript
        ? { name: "Anna Mueller", birthDate: "1.2.1980" }
        : { name: "Beispiel, Ben", birthDate: "31.12.1975" };
      await page.getByLabel("Vor- und Nachname").fill(person.name);
      await page.getByLabel("Geburtsdatum").fill("01.01.1901");
      await page.getByLabel("Postleitzahl").fill("12043");
      await clickAndLoad(page.getByRole("button", { name: "Im Verzeichnis prüfen" }));
      await page.getByText("Diese Angaben haben wir im Verzeichnis nicht gefunden.").first().waitFor();
      if (javaScript) expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel("Geburtsdatum").fill(person.birthDate);
      await clickAndLoad(page.getByRole("button", { name: "Im Verzeichnis prüfen" }));
      await page.getByRole("heading", { level: 1, name: "Stimmzettel: Neukölln" }).waitFor();
      await page.context().close();
    });
  }

  it("shows the eligibility on each budget's page", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/budgets/mit-verzeichnis");
    await page.getByText("Abstimmungscode oder Konto, geprüft mit dem Wählerverzeichnis der Verwaltung").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
