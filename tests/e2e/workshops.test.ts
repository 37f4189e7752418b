import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, openMigratedDatabase } from "../../src/app/bootstrap";
import { createUserCommand, grantRoleCommand } from "../../src/modules/admin/cli/user";
import { workshops } from "../../src/modules/workshops/data/schema";
import { loadConfig } from "../../src/platform/config/config";
import { linkInMail, signedInContext } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { type RunningServer, startServer } from "./support/server";
import { type ReceivedMail, startSmtpServer } from "./support/smtp";

const Z1 = "aufbau-von-kapazitaeten-und-kompetenzen-fuer-den-digitalen";
const password = "werkstatt-passwort-2025";
const team = { email: "tom.team@example.org", name: "Tom Team" };
const ada = { email: "ada.anmeldung@example.org", name: "Ada Anmeldung" };
const bo = { email: "bo.warteliste@example.org", name: "Bo Warteliste" };
const title = "Werkstatt: Digitale Kompetenzen im Kiez";
/** Ten days from now, in the calendar of the city. */
const day = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The calendar file attached to a received mail, decoded. */
function calendarIn(mail: ReceivedMail): string {
  const part = mail.raw.match(/Content-Type: text\/calendar[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/);
  if (!part?.[1]) throw new Error("the mail has no calendar file");
  const headers = mail.raw.slice(mail.raw.indexOf("Content-Type: text/calendar"), mail.raw.indexOf(part[1]));
  return /Content-Transfer-Encoding: base64/i.test(headers)
    ? Buffer.from(part[1].replace(/\s+/g, ""), "base64").toString("utf8")
    : part[1];
}

describe.runIf(browserAvailable())("events with registration in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let dataDir: string;
  let eventPath = "";
  /** An event of the measure that took place yesterday, to document. */
  let pastEventPath = "";

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-workshops-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    const quiet = () => {};
    for (const person of [team, ada, bo])
      await createUserCommand(deps, { email: person.email, name: person.name, password }, quiet);
    await grantRoleCommand(deps, { email: team.email, role: "team_member", scopeType: "measure", scopeId: Z1 }, quiet);
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const [past] = await database.db
      .insert(workshops)
      .values({
        title: "Werkstatt von gestern",
        format: "on_site",
        startsAt: yesterday,
        endsAt: new Date(yesterday.getTime() + 2 * 60 * 60 * 1000),
        venue: "Stadtteilzentrum, Musterstraße 5, 10115 Berlin",
        measureSlug: Z1,
        createdAt: yesterday,
        updatedAt: yesterday,
      })
      .returning({ id: workshops.id });
    pastEventPath = `/workshops/${past?.id}`;
    await database.close();
    smtp = await startSmtpServer();
    server = await startServer({ DATA_DIR: dataDir, SMTP_URL: smtp.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A browser signed in as the person; axe needs JavaScript, the flows are also run without. */
  function signedIn(email: string, javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
    return signedInContext(browser, server.baseUrl, { email, password }, javaScriptEnabled);
  }

  it("lets the measure's team create an event, a mistake named at its field first", async () => {
    const { context, page } = await signedIn(team.email, true);
    await page.goto(`/workshops/new?measure=${Z1}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#field-title").fill(title);
    await page.locator("#field-format").selectOption("on_site");
    await page.locator("#field-day").fill(day);
    await page.locator("#field-startTime").fill("18:00");
    await page.locator("#field-endTime").fill("20:00");
    await page.locator("#field-venue").fill("Stadtteilzentrum, Musterstraße 5, 10115 Berlin");
    await page.locator("#field-capacityOnSite").fill("1");
    await page.locator("#field-groups").fill("Lernangebote\nDigitale Verwaltung");
    await clickAndLoad(page.getByRole("button", { name: "Veranstaltung anlegen" }));
    await eventually(() => page.locator(".error-summary").textContent()).toContain(
      "Bitte beschreiben Sie, wie barrierefrei der Ort ist.",
    );
    expect(await page.locator("#field-title").inputValue()).toBe(title);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#field-accessibility").fill("Eingang ohne Stufen, Aufzug, barrierefreie Toilette");
    await clickAndLoad(page.getByRole("button", { name: "Veranstaltung anlegen" }));
    await eventually(() => page.getByRole("status").first().textContent()).toContain("Die Veranstaltung ist angelegt.");
    eventPath = new URL(page.url()).pathname;
    expect(eventPath).toMatch(/^\/workshops\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it("registers a resident with an access need, who gets the mail with the calendar file; the next one waits", async () => {
    const first = await signedIn(ada.email, true);
    await first.page.goto(eventPath);
    await clickAndLoad(first.page.getByRole("link", { name: "Jetzt anmelden" }));
    expect(await axeViolations(first.page)).toEqual([]);
    await first.page.getByLabel("Stufenloser Zugang").check();
    await first.page.locator("#field-group").selectOption({ label: "Digitale Verwaltung" });
    await clickAndLoad(first.page.getByRole("button", { name: "Verbindlich anmelden" }));
    await eventually(() => first.page.getByRole("status").first().textContent()).toContain("Sie sind angemeldet.");
    const mail = await smtp.waitForMail(ada.email);
    expect(mail.text).toContain(`Sie sind für „${title}“ angemeldet.`);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(calendarIn(mail))).getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(event.summary).toBe(title);
    expect(event.location).toBe("Stadtteilzentrum, Musterstraße 5, 10115 Berlin");

    // Without JavaScript, as the rest of this flow.
    const second = await signedIn(bo.email, false);
    await second.page.goto(`${eventPath}/register`);
    await clickAndLoad(second.page.getByRole("button", { name: "Verbindlich anmelden" }));
    await eventually(() => second.page.getByRole("status").first().textContent()).toContain(
      "Sie stehen auf der Warteliste",
    );
    expect((await smtp.waitForMail(bo.email)).text).toContain("an Stelle 1");

    // The organisers see the need as a count.
    const organiser = await signedIn(team.email, true);
    await organiser.page.goto(eventPath);
    const needs = organiser.page.getByRole("table", { name: /Was die Angemeldeten zum Teilnehmen brauchen/ });
    await eventually(() => needs.getByRole("row", { name: /Stufenloser Zugang/ }).textContent()).toMatch(/1\s*0/);
    expect(await axeViolations(organiser.page)).toEqual([]);

    // Ada cannot come after all: the link from her mail gives the seat back, and Bo moves up.
    const guest = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE", javaScriptEnabled: false });
    const cancelPage = await guest.newPage();
    await cancelPage.goto(linkInMail(mail, "/workshops/cancel"));
    await clickAndLoad(cancelPage.getByRole("button", { name: "Ja, Anmeldung zurückgeben" }));
    await eventually(() => cancelPage.getByRole("status").first().textContent()).toContain("ist zurückgegeben");
    const movedUp = await smtp.waitForMail(bo.email);
    expect(movedUp.text).toContain(`Für „${title}“ ist ein Platz frei geworden.`);
    expect(calendarIn(movedUp)).toContain("BEGIN:VEVENT");
    await second.page.goto(eventPath);
    await eventually(() => second.page.locator("main").textContent()).toContain(
      "Sie sind angemeldet und haben einen Platz vor Ort.",
    );
    for (const context of [first.context, second.context, organiser.context, guest]) await context.close();
  });

  it("lets the organiser add a photo to the documentation, described and with consent, without JavaScript", async () => {
    const withScript = await signedIn(team.email, true);
    await withScript.page.goto(`${pastEventPath}/documentation`);
    expect(await axeViolations(withScript.page)).toEqual([]);
    await withScript.context.close();

    const { context, page } = await signedIn(team.email, false);
    await page.goto(`${pastEventPath}/documentation`);
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#2a6fdb" } })
      .jpeg()
      .toBuffer();
    await page
      .getByLabel("Foto", { exact: true })
      .setInputFiles({ name: "tisch.jpg", mimeType: "image/jpeg", buffer: photo });
    await clickAndLoad(page.getByRole("button", { name: "Foto hinzufügen" }));
    const summary = page.locator(".error-summary");
    await eventually(() => summary.textContent()).toContain(
      "Bitte beschreiben Sie kurz, was auf dem Foto zu sehen ist",
    );
    expect(await summary.textContent()).toContain(
      "Bitte bestätigen Sie, dass die abgebildeten Personen einverstanden sind.",
    );

    await page
      .getByLabel("Foto", { exact: true })
      .setInputFiles({ name: "tisch.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.getByLabel("Was ist auf dem Foto zu sehen?").fill("Menschen an einem Tisch mit einer Karte vom Kiez");
    await page.getByLabel("Die abgebildeten Personen sind mit der Veröffentlichung einverstanden.").check();
    await clickAndLoad(page.getByRole("button", { name: "Foto hinzufügen" }));
    await page.goto(pastEventPath);
    const shown = page.getByRole("img", { name: "Menschen an einem Tisch mit einer Karte vom Kiez" });
    expect(await shown.count()).toBe(1);
    const source = await shown.getAttribute("src");
    const served = await page.request.get(source ?? "");
    expect(served.headers()["content-type"]).toBe("image/webp");
    await context.close();
  });

  for (const lang of ["de", "en"] as const) {
    it(`shows the list, the month calendar and the events (one with a photo) in ${lang} without WCAG 2.2 A/AA violations or sideways scrolling at 320 px`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      // The event of yesterday shows the photo added above.
      for (const path of ["/workshops", `/workshops?month=${day.slice(0, 7)}`, eventPath, pastEventPath]) {
        const response = await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        expect(response?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      }
      await context.close();
    });
  }
});
