import { mkdtempSync, rmSync } from "node:fs";
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
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";
import { startSmtpServer } from "./support/smtp";

const people = {
  author: { email: "ada.idee@example.org", password: "arena-author-2026-kiez", name: "Ada Idee" },
  helper: { email: "hans.hilft@example.org", password: "arena-helper-2026-kiez", name: "Hans Hilft" },
  moderator: {
    email: "mo.moderation@example.org",
    password: "arena-moderator-2026",
    name: "Mo Moderation",
    role: "moderator",
  },
  office: {
    email: "olga.office@example.org",
    password: "arena-office-2026-amt",
    name: "Olga Strategie",
    role: "strategy_office",
  },
} as const;
type Person = (typeof people)[keyof typeof people];

describe.runIf(browserAvailable())("the Arena of Ideas in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let dataDir: string;
  let entryPath = "";

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-e2e-arena-"));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const database = await openMigratedDatabase(config);
    const deps = await createDeps(config, database);
    for (const p of Object.values(people))
      await createUserCommand(
        deps,
        { email: p.email, name: p.name, password: p.password, role: "role" in p ? p.role : undefined },
        () => {},
      );
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

  async function logIn(context: BrowserContext, person: Person): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.locator("#field-email").fill(person.email);
    await page.locator("#field-password").fill(person.password);
    await clickAndLoad(page.locator("form[action='/login'] button[type=submit]"));
    return page;
  }

  const publicPages = [
    "/arena",
    "/arena?sort=random&kind=idea",
    "/arena/offers",
    "/arena/2",
    "/arena/consortia/1",
    "/arena/2/versions",
  ];
  for (const lang of ["de", "en"] as const) {
    it(`has no WCAG 2.2 A/AA violations on the Arena's public pages in ${lang}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      for (const path of publicPages) {
        const response = await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        expect(response?.status(), path).toBe(200);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await context.close();
    });
  }

  it("lets a resident bring in an idea in six steps without JavaScript, showing a similar entry before the last", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context, people.author);
    await page.goto(`${server.baseUrl}/arena`);
    await clickAndLoad(page.getByRole("link", { name: "Idee einbringen" }).first());
    await clickAndLoad(page.getByRole("button", { name: "Los geht's" }));
    await page.getByLabel("Titel").fill("Sensoren gegen Hitze auf dem Schulhof");
    await page
      .getByLabel("Worum geht es? Welches Problem sehen Sie?")
      .fill("Im Sommer ist unser Schulhof so heiß, dass die Kinder drinnen bleiben müssen.");
    await page.getByLabel("Wen betrifft es?").fill("Kinder und Lehrkräfte");
    await clickAndLoad(page.getByRole("button", { name: "Speichern und weiter" }));
    await page.getByLabel("Ihr Ansatz").fill("Messen, wo es heiß ist, und Schatten pflanzen.");
    await page.getByLabel("Idee", { exact: true }).check();
    await clickAndLoad(page.getByRole("button", { name: "Speichern und weiter" }));
    await page.getByLabel("Regeneration der natürlichen Ressourcen lokal begünstigen").check();
    await page.getByLabel("Bestimmte Bezirke").check();
    await page.getByLabel("Pankow").check();
    await clickAndLoad(page.getByRole("button", { name: "Speichern und weiter" }));
    await clickAndLoad(page.getByRole("button", { name: "Speichern und weiter" }));
    await page.getByRole("group", { name: "Was Sie mitbringen" }).getByLabel("Räume").check();
    await page.getByRole("group", { name: "Was Sie suchen" }).getByLabel("Geld").check();
    await clickAndLoad(page.getByRole("button", { name: "Speichern und weiter" }));
    await eventually(() => page.getByRole("heading", { level: 2, name: "Ähnliche Beiträge" }).count()).toBe(1);
    await eventually(() =>
      page.getByRole("link", { name: "Offene Sensorbox für Schulhöfe (Hitze, Lärm)" }).count(),
    ).toBe(1);
    await clickAndLoad(page.getByRole("button", { name: "Beitrag einreichen" }));
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Sensoren gegen Hitze auf dem Schulhof",
    );
    await eventually(() => page.getByText("Ihr Beitrag ist eingereicht").count()).toBe(1);
    entryPath = new URL(page.url()).pathname;
    await context.close();
  });

  it("lets a second resident support, comment and offer to take part; the author hears by mail and accepts", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context, people.helper);
    await page.goto(`${server.baseUrl}${entryPath}`);
    await clickAndLoad(page.getByRole("button", { name: "Unterstützen" }));
    await eventually(() => page.getByText("1 Unterstützung", { exact: true }).count()).toBe(1);
    await page.getByLabel("Ihr Kommentar").first().fill("Tolle Idee! Wir haben **Schattensegel** im Hof getestet.");
    await clickAndLoad(page.getByRole("button", { name: "Kommentar veröffentlichen" }).first());
    await eventually(() => page.locator("strong", { hasText: "Schattensegel" }).count()).toBe(1);
    await page.getByLabel("Ihre Nachricht an die Einreichenden").fill("Ich baue gern Sensoren mit den Kindern.");
    await clickAndLoad(page.getByRole("button", { name: "Angebot senden" }));
    await eventually(() => page.getByText("Ihr Angebot wurde gesendet").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const mail = await smtp.waitForMail(people.author.email);
    expect(mail.text).toContain("Hans Hilft");
    expect(mail.text).not.toContain(people.helper.email);
    const authorContext = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    authorContext.setDefaultTimeout(15_000);
    const authorPage = await logIn(authorContext, people.author);
    await authorPage.goto(`${server.baseUrl}${entryPath}`);
    await eventually(() => authorPage.getByText("Ich baue gern Sensoren mit den Kindern.").count()).toBe(1);
    await clickAndLoad(authorPage.getByRole("button", { name: "Annehmen" }));
    await eventually(() => authorPage.getByRole("link", { name: people.helper.email }).count()).toBe(1);
    await authorContext.close();
  });

  it("lets anyone report a comment and a moderator hide it with a public reason", async () => {
    const context = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}${entryPath}`);
    await clickAndLoad(
      page
        .locator("article[id^='comment-']")
        .first()
        .getByRole("link", { name: /Melden/ }),
    );
    await page.getByLabel("Worum geht es?").selectOption({ label: "Werbung oder Spam" });
    await page.getByLabel("Beschreiben Sie kurz, was nicht stimmt").fill("Das ist Werbung für Schattensegel.");
    await clickAndLoad(page.getByRole("button", { name: "Meldung senden" }));
    await eventually(() => page.getByText("Danke! Ihre Meldung ist bei der Moderation angekommen.").count()).toBe(1);
    await context.close();

    const modContext = await browser.newContext({ locale: "de-DE" });
    modContext.setDefaultTimeout(15_000);
    const mod = await logIn(modContext, people.moderator);
    await mod.goto(`${server.baseUrl}/moderation`);
    expect(await axeViolations(mod)).toEqual([]);
    // The demo has a reported comment of its own; this one is found by the report's text.
    const reported = mod.locator("li.card").filter({ hasText: "Das ist Werbung für Schattensegel." });
    await reported.getByLabel("Öffentliche Begründung").fill("Werbung ist in der Diskussion nicht erlaubt.");
    await clickAndLoad(reported.getByRole("button", { name: "Ausblenden" }));
    await mod.goto(`${server.baseUrl}${entryPath}`);
    await eventually(() => mod.getByText("Werbung ist in der Diskussion nicht erlaubt.").count()).toBe(1);
    await eventually(() => mod.locator("strong", { hasText: "Schattensegel" }).count()).toBe(0);
    await modContext.close();
  });

  it("lets the office answer in public and accept the entry as a measure that shows its origin", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await logIn(context, people.office);
    await page.goto(`${server.baseUrl}/arena/office`);
    await eventually(() => page.getByRole("link", { name: "Sensoren gegen Hitze auf dem Schulhof" }).count()).toBe(1);
    await page.goto(`${server.baseUrl}${entryPath}`);
    for (const [state, text] of [
      ["Wird geprüft", "Wir prüfen die Idee mit dem Schulamt."],
      ["Zur Entscheidung", "Die Prüfung ist fertig; das Board entscheidet."],
    ] as const) {
      await page.getByLabel("Neuer Stand").selectOption({ label: state });
      await page.getByLabel("Öffentliche Begründung").first().fill(text);
      await clickAndLoad(page.getByRole("button", { name: "Stand ändern" }));
      await eventually(() => page.getByText(text).count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Art der Maßnahme").selectOption("decentral");
    await page.locator("#field-decision").fill("Das Strategieboard nimmt die Idee auf.");
    await clickAndLoad(page.getByRole("button", { name: "Als Maßnahme aufnehmen" }));
    await eventually(() => page.getByText("Der Beitrag ist als Maßnahme aufgenommen.").count()).toBe(1);
    await clickAndLoad(page.getByRole("link", { name: "Zur Maßnahme im Katalog" }));
    await eventually(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Sensoren gegen Hitze auf dem Schulhof",
    );
    await eventually(() => page.locator(`a[href='${entryPath}']`).count()).toBeGreaterThan(0);
    await context.close();
  });

  it("never scrolls sideways at 320 px on the Arena's pages, public, submission and office (WCAG 1.4.10), and axe finds nothing on the steps", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: "de-DE" });
    const page = await logIn(context, people.office);
    await page.goto(`${server.baseUrl}/arena/new`);
    await clickAndLoad(page.getByRole("button", { name: "Los geht's" }));
    const draft = new URL(page.url()).pathname.replace(/\/problem$/, "");
    const paths = [
      ...publicPages,
      entryPath,
      "/arena/office",
      "/arena/new",
      ...["problem", "approach", "place", "compass", "offers", "review"].map((s) => `${draft}/${s}`),
    ];
    for (const path of paths) {
      await page.goto(`${server.baseUrl}${path}`);
      // The submission's steps and the office's pages are checked here, with scripts on (axe needs them).
      if (!publicPages.includes(path)) expect(await axeViolations(page), path).toEqual([]);
      await page.evaluate(() => {
        for (const d of document.querySelectorAll("details")) d.open = true;
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it("takes screenshots of the list with its map, an entry, the submission steps and the moderation queue", async () => {
    await screenshotBothWidths(browser, `${server.baseUrl}/arena`, "arena-list");
    await screenshotBothWidths(browser, `${server.baseUrl}/arena/2`, "arena-entry");
    await screenshotBothWidths(browser, `${server.baseUrl}/arena/offers`, "arena-offers");
    const officeContext = await browser.newContext({ locale: "de-DE" });
    const page = await logIn(officeContext, people.office);
    await page.goto(`${server.baseUrl}/arena/new`);
    await clickAndLoad(page.getByRole("button", { name: "Los geht's" }));
    const draft = new URL(page.url()).pathname.replace(/\/problem$/, "");
    const storageState = await officeContext.storageState();
    for (const step of ["problem", "place", "compass", "review"])
      await screenshotBothWidths(browser, `${server.baseUrl}${draft}/${step}`, `arena-step-${step}`, { storageState });
    await screenshotBothWidths(browser, `${server.baseUrl}${entryPath}`, "arena-entry-office", { storageState });
    await officeContext.close();
    const modContext = await browser.newContext({ locale: "de-DE" });
    await logIn(modContext, people.moderator);
    await screenshotBothWidths(browser, `${server.baseUrl}/moderation`, "arena-moderation", {
      storageState: await modContext.storageState(),
    });
    await modContext.close();
  });
});
