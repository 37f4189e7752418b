import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawPanelNumber } from "../../src/modules/panel/domain/draw";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { screenshotBothWidths, screenshotDir } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

const quotas = `feature,value,min,max,population_share
Geschlecht,weiblich,2,3,51
Geschlecht,männlich,2,3,49
Alter,unter 40,1,3,45
Alter,ab 40,1,3,55
Bezirk,Mitte,0,4,10
Bezirk,Pankow,0,4,11
`;

const addresses = [
  "name,strasse,plz,ort",
  ...Array.from({ length: 8 }, (_, i) => `Person ${i + 1},Teststraße ${i + 1},10178,Berlin`),
].join("\n");

/** Saves a page of this context at phone and desktop width. */
async function screenshots(browser: Browser, context: BrowserContext, url: string, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const storageState = await context.storageState();
  for (const width of [390, 1280]) {
    const shot = await browser.newContext({ viewport: { width, height: 900 }, locale: "de-DE", storageState });
    const page = await shot.newPage();
    await page.goto(url);
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
    await shot.close();
  }
}

async function expectNoViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe.runIf(browserAvailable())("the citizen panel in a real browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinator: BrowserContext;
  let manage: Page;
  let panelUrl = "";
  let codes: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    coordinator = await browser.newContext({ locale: "de-DE" });
    coordinator.setDefaultTimeout(15_000);
    manage = await coordinator.newPage();
    await manage.goto(`${server.baseUrl}/login`);
    await manage.fill("#field-email", server.admin?.email ?? "");
    await manage.fill("#field-password", server.admin?.password ?? "");
    await clickAndLoad(manage.getByRole("button", { name: "Anmelden" }));
    await manage.waitForURL((url) => !url.pathname.startsWith("/login"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists the demo panel from the strategy, in German and English, without violations", async () => {
    const visitor = await browser.newContext({ locale: "de-DE" });
    visitor.setDefaultTimeout(15_000);
    const page = await visitor.newPage();
    await page.goto(`${server.baseUrl}/panels`);
    await eventually(() => page.getByRole("link", { name: "Stadtgremium Digitales Berlin" }).count()).toBe(1);
    await expectNoViolations(page);
    await clickAndLoad(page.getByRole("link", { name: "Stadtgremium Digitales Berlin" }));
    await eventually(() => page.getByText("Verschickte Einladungen").count()).toBe(1);
    const invitations = page.locator("dl.facts dt", { hasText: "Verschickte Einladungen" });
    await eventually(() => invitations.locator("xpath=following-sibling::dd[1]").textContent()).toBe("3.000");
    await expectNoViolations(page);
    await page.goto(`${page.url()}?lang=en`);
    await eventually(() => page.getByRole("heading", { name: "How the selection works" }).count()).toBe(1);
    await expectNoViolations(page);
    await visitor.close();
  });

  it("shows the open demo panel's quotas by district on the city map, each district reachable with the keyboard", async () => {
    const visitor = await browser.newContext({ locale: "de-DE" });
    visitor.setDefaultTimeout(15_000);
    const page = await visitor.newPage();
    await page.goto(`${server.baseUrl}/panels`);
    await clickAndLoad(page.getByRole("link", { name: "Bürger:innenrat zur Fortschreibung der Strategie" }));
    const map = page.getByRole("group", { name: "Karte der Quoten nach Bezirken" });
    await eventually(() => map.count()).toBe(1);
    await eventually(() => map.getByRole("link").count()).toBe(12);
    await expectNoViolations(page);
    // The districts are in the tab order right after the page's button; Enter leads to a district's row.
    await page.getByRole("link", { name: "Mit Einladungscode anmelden" }).focus();
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => {
        const d = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } })
          .document;
        return d.activeElement.getAttribute("aria-label") ?? d.activeElement.getAttribute("id");
      });
    await eventually(focused).toMatch(/^Mitte: Quote 2 bis 4 Sitze, 10,2\s% der Bevölkerung$/);
    await page.keyboard.press("Tab");
    await eventually(focused).toMatch(/^Friedrichshain-Kreuzberg: Quote 1 bis 3 Sitze/);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await eventually(() =>
      page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash),
    ).toBe("#quota-mitte");
    await eventually(focused).toBe("quota-mitte");
    await screenshotBothWidths(browser, page.url(), "panel-open-map");
    await page.goto(`${page.url().replace(/#.*$/, "")}?lang=en`);
    await eventually(() => page.getByRole("group", { name: "Map of the quotas by district" }).count()).toBe(1);
    await expectNoViolations(page);
    await visitor.close();
  });

  it("stage 1: the coordinator sets up a panel, uploads the sample and gets the letters", async () => {
    await manage.goto(`${server.baseUrl}/panels/new`);
    await expectNoViolations(manage);
    await manage.fill("#field-name", "Bürger:innenrat Mobilität");
    await manage.fill("#field-size", "4");
    await manage.fill("#field-lotterySize", "100");
    await manage.fill("#field-quotas", quotas.replace("2,3,51", "4,3,51"));
    await clickAndLoad(manage.getByRole("button", { name: "Anlegen" }));
    // The error names the row and column; the summary is focused.
    await eventually(() => manage.locator(".error-summary").textContent()).toContain("Zeile 2, Spalte „min“");
    await eventually(() =>
      manage.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement
            .className,
      ),
    ).toBe("error-summary");
    await expectNoViolations(manage);
    await manage.fill("#field-quotas", quotas);
    await clickAndLoad(manage.getByRole("button", { name: "Anlegen" }));
    await eventually(() => manage.getByText("Der Bürger:innenrat wurde angelegt.").count()).toBe(1);
    panelUrl = manage.url().replace(/\/manage.*$/, "");

    await manage.setInputFiles("#field-sample", {
      name: "stichprobe.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(addresses),
    });
    await clickAndLoad(manage.getByRole("button", { name: "Hochladen" }));
    await eventually(() =>
      manage.getByText("Eine Stichprobe mit 8 Adressen ist verschlüsselt gespeichert.").count(),
    ).toBe(1);
    await clickAndLoad(manage.getByRole("button", { name: "Einladungscodes und Briefe erstellen" }));
    await eventually(() => manage.getByText("Briefe für 8 Adressen liegen verschlüsselt bereit.").count()).toBe(1);
    await expectNoViolations(manage);

    const csv = await (await manage.request.get(`${panelUrl}/letters.csv`)).text();
    codes = [...csv.matchAll(/"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})"/g)].map((m) => m[1] as string);
    expect(codes).toHaveLength(8);
    await manage.goto(`${panelUrl}/letters`);
    await eventually(() => manage.getByText(`Ihr persönlicher Code: ${codes[0]}`).count()).toBe(1);
    await expectNoViolations(manage);
  });

  it("stage 2: the registration page explains the panel in plain language and shows errors accessibly", async () => {
    const visitor = await browser.newContext({ locale: "de-DE" });
    visitor.setDefaultTimeout(15_000);
    const page = await visitor.newPage();
    await page.goto(`${panelUrl}/register`);
    await eventually(() => page.getByRole("heading", { name: "Einfach erklärt" }).count()).toBe(1);
    await expectNoViolations(page);
    await clickAndLoad(page.locator("form.form button[type=submit]"));
    await eventually(() => page.locator(".error-summary").textContent()).toContain(
      "Bitte geben Sie Ihren Einladungscode ein.",
    );
    await expectNoViolations(page);
    await screenshots(browser, visitor, `${panelUrl}/register`, "panel-register");
    await page.goto(`${panelUrl}/register?lang=en`);
    await eventually(() => page.getByRole("heading", { name: "In plain words" }).count()).toBe(1);
    await expectNoViolations(page);
    await visitor.close();
  });

  it("stage 2: invited people register with their code, without JavaScript", async () => {
    const guest = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    guest.setDefaultTimeout(15_000);
    const page = await guest.newPage();
    for (const [i, code] of codes.entries()) {
      await page.goto(`${panelUrl}/register`);
      await page.getByLabel("Ihr Einladungscode").fill(code);
      await page.getByLabel("Ihr Name").fill(`Person ${i + 1}`);
      await page.getByLabel("Ihre E-Mail-Adresse").fill(`person${i + 1}@example.org`);
      await page.getByLabel("Geschlecht").selectOption(i % 2 === 0 ? "weiblich" : "männlich");
      await page.getByLabel("Alter").selectOption(i % 3 === 0 ? "unter 40" : "ab 40");
      await page.getByLabel("Bezirk").selectOption(Math.floor(i / 2) % 2 === 0 ? "Mitte" : "Pankow");
      await page.getByLabel("Ich möchte am Losverfahren teilnehmen.").check();
      await clickAndLoad(page.locator("form.form button[type=submit]"));
      await eventually(() => page.getByRole("heading", { name: "Sie sind angemeldet" }).count()).toBe(1);
    }
    await guest.close();

    await manage.goto(`${panelUrl}/manage`);
    await eventually(() => manage.getByText("8 Personen haben sich angemeldet.").count()).toBe(1);
  });

  it("stage 3: LEXIMIN runs in the background, the list is published and the seed draws the panel", async () => {
    await manage.goto(`${panelUrl}/manage`);
    await clickAndLoad(manage.getByRole("button", { name: "Auswahl berechnen (LEXIMIN)" }));
    // The computation runs in the background: the page is loaded again until it reports the end.
    await eventually(
      async () => {
        await manage.goto(`${panelUrl}/manage`);
        return manage.getByText("Die Berechnung ist fertig.").count();
      },
      { timeout: 60_000, interval: 500 },
    ).toBe(1);
    await eventually(() => manage.getByText(/Kleinste Auswahlwahrscheinlichkeit mit LEXIMIN/).count()).toBe(1);
    await expectNoViolations(manage);
    await clickAndLoad(manage.getByRole("button", { name: "Losliste und Prüfsumme veröffentlichen" }));
    // Publishing cannot be undone: the coordinator is asked first, and confirms.
    await eventually(() => manage.getByRole("heading", { name: "Losliste veröffentlichen?" }).count()).toBe(1);
    await expectNoViolations(manage);
    await clickAndLoad(manage.getByRole("button", { name: "Ja, Losliste veröffentlichen" }));
    await eventually(() => manage.getByText("Die Losliste wurde veröffentlicht.").count()).toBe(1);
    await manage.getByLabel("Öffentliche Zufallszahl").fill("6 2 4 1 3");
    await clickAndLoad(manage.getByRole("button", { name: "Rat ziehen" }));
    await eventually(() => manage.getByRole("heading", { name: "Rat jetzt ziehen?" }).count()).toBe(1);
    await clickAndLoad(manage.getByRole("button", { name: "Ja, mit dieser Zufallszahl ziehen" }));
    await eventually(() => manage.getByText(/Rat Nummer \d+ wurde gezogen/).count()).toBe(1);
    await expectNoViolations(manage);
    // After the draw there is nothing left to draw: the form gives way to the replacement form.
    await eventually(() => manage.getByRole("button", { name: "Rat ziehen" }).count()).toBe(0);
    await eventually(() => manage.getByRole("heading", { name: "Vergleich mit dem früheren Verfahren" }).count()).toBe(
      1,
    );
  });

  it("stage 3: a member drops out and a replacement is drawn", async () => {
    await manage.goto(`${panelUrl}/manage`);
    const members = (await manage.getByLabel("Wer ist ausgeschieden?").locator("option").allTextContents()).filter(
      (text) => /^P-[0-9A-Z]{8}$/.test(text.trim()),
    );
    expect(members).toHaveLength(4);
    // Whether anyone can move up depends on the panel drawn (the pseudonyms, and so the list, differ
    // on every run): with 2 seats per gender, a member who is the only one of their age group can
    // have nobody of the same gender and age left. Then nothing changes, and the next member leaves.
    let leaving = "";
    for (const member of members) {
      await manage.goto(`${panelUrl}/manage`);
      await manage.getByLabel("Wer ist ausgeschieden?").selectOption(member.trim());
      await clickAndLoad(manage.getByRole("button", { name: "Ersatz losen" }));
      if ((await manage.getByText("Niemand kann nachrücken").count()) === 0) {
        leaving = member.trim();
        break;
      }
      await eventually(() => manage.getByText("Es wurde nichts geändert.").count()).toBe(1);
    }
    expect(leaving).not.toBe("");
    await eventually(() =>
      manage.getByText(new RegExp(`Für ${leaving} rückt P-[0-9A-Z]{8} nach \\(Ersatz Nr\\. 1`)).count(),
    ).toBe(1);
    await expectNoViolations(manage);
    await screenshots(browser, coordinator, `${panelUrl}/manage`, "panel-manage");
  });

  it("publishes the result and lets anyone check the draw", async () => {
    const visitor = await browser.newContext({ locale: "de-DE" });
    visitor.setDefaultTimeout(15_000);
    const page = await visitor.newPage();
    await page.goto(panelUrl);
    await eventually(() => page.getByRole("heading", { name: "Ergebnis der Ziehung" }).count()).toBe(1);
    await eventually(() => page.getByRole("img", { name: /Verteilung der Auswahlwahrscheinlichkeiten/ }).count()).toBe(
      1,
    );
    await expectNoViolations(page);
    await eventually(() => page.getByRole("heading", { name: "Nachgerückte Mitglieder" }).count()).toBe(1);
    // The quotas by district on the map, with the members drawn per district in each name.
    const map = page.getByRole("group", { name: "Karte der Quoten nach Bezirken" });
    await eventually(() =>
      map.getByRole("link", { name: /^Mitte: Quote 0 bis 4 Sitze, 10,0\s% der Bevölkerung, \d im Rat$/ }).count(),
    ).toBe(1);
    await eventually(() =>
      map.getByRole("link", { name: /^Pankow: Quote 0 bis 4 Sitze, 11,0\s% der Bevölkerung, \d im Rat$/ }).count(),
    ).toBe(1);
    await screenshots(browser, visitor, panelUrl, "panel-result");

    await clickAndLoad(page.getByRole("link", { name: "Ziehung selbst nachprüfen" }));
    await expectNoViolations(page);
    const listText = await (await page.request.get(`${panelUrl}/lottery.txt`)).text();
    const hash = createHash("sha256").update(listText).digest("hex");
    await eventually(() => page.locator("dl.facts code.panel-hash").textContent()).toBe(hash);
    const number = drawPanelNumber(hash, "6 2 4 1 3", 100);
    await eventually(() => page.locator("dl.facts dd").nth(2).textContent()).toBe(`${number} / 100`);
    const drawnLine = listText.split("\n")[number - 1] ?? "";
    const members = await page.locator(".panel-members code").allTextContents();
    expect(drawnLine).toBe(`${number}: ${members.join(" ")}`);
    // The replacement: who left, who moved up, and who could have.
    const replacement = page.locator(".panel-replacements li", {
      hasText: /Ersatz Nr\. 1: P-[0-9A-Z]{8} ist ausgeschieden, P-[0-9A-Z]{8} ist nachgerückt\./,
    });
    await eventually(() => replacement.count()).toBe(1);
    await eventually(() =>
      page
        .getByText(`node panel-verify.mjs lottery.txt "6 2 4 1 3" --hash ${hash} --replacements panel.json --lang=de`)
        .count(),
    ).toBe(1);
    const script = await (await page.request.get(`${server.baseUrl}/panels/verify.mjs`)).text();
    expect(script).toContain("replacement:");
    await screenshots(browser, visitor, `${panelUrl}/verify`, "panel-verify");
    await page.goto(`${panelUrl}/verify?lang=en`);
    await eventually(() => page.getByRole("heading", { name: "Check the draw" }).count()).toBe(1);
    await expectNoViolations(page);
    await visitor.close();
  });

  it("the check in the browser recomputes the draw on the verify page and says that it matches", async () => {
    const visitor = await browser.newContext({ locale: "de-DE" });
    visitor.setDefaultTimeout(15_000);
    const page = await visitor.newPage();
    await page.goto(`${panelUrl}/verify`);
    const listText = await (await page.request.get(`${panelUrl}/lottery.txt`)).text();
    const hash = createHash("sha256").update(listText).digest("hex");
    const number = drawPanelNumber(hash, "6 2 4 1 3", 100);
    // The button downloads the list and the replacements and recomputes them in the browser; the
    // live region then says that the browser comes to the same result as the page.
    const result = page.locator("[data-browser-check-result]");
    await eventually(() => result.getAttribute("role")).toBe("status");
    await eventually(() => result.getAttribute("aria-live")).toBe("polite");
    await page.getByRole("button", { name: "Jetzt im Browser prüfen" }).click();
    await eventually(() => result.textContent(), { timeout: 30_000 }).toContain(
      "Alles stimmt: Ihr Browser kommt zum selben Ergebnis wie diese Seite.",
    );
    await eventually(() => result.getAttribute("data-outcome")).toBe("ok");
    await eventually(() => result.getAttribute("data-panel-number")).toBe(String(number));
    await eventually(() => result.getAttribute("data-hash")).toBe(hash);
    await eventually(() => result.textContent()).toContain(`Gezogen wurde Rat Nummer ${number} von 100`);
    await eventually(() => result.textContent()).toMatch(
      /Ersatz Nr\. 1: P-[0-9A-Z]{8}, Los \d+ von \d+, wie protokolliert\./,
    );
    await expectNoViolations(page);
    await screenshotBothWidths(browser, `${panelUrl}/verify`, "panel-verify-checked", {
      prepare: async (shot) => {
        await shot.getByRole("button", { name: "Jetzt im Browser prüfen" }).click();
        await eventually(() => shot.locator("[data-browser-check-result]").getAttribute("data-outcome"), {
          timeout: 30_000,
        }).toBe("ok");
      },
    });

    await page.goto(`${panelUrl}/verify?lang=en`);
    await eventually(() => page.getByRole("heading", { name: "Check the draw" }).count()).toBe(1);
    await page.getByRole("button", { name: "Check now in the browser" }).click();
    await eventually(() => result.textContent(), { timeout: 30_000 }).toContain(
      "Everything matches: your browser comes to the same result as this page.",
    );
    await eventually(() => result.getAttribute("data-outcome")).toBe("ok");
    await expectNoViolations(page);
    await visitor.close();
  });

  it("without JavaScript the check in the browser stays hidden and the program for Node.js is offered", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    noScript.setDefaultTimeout(15_000);
    const page = await noScript.newPage();
    await page.goto(`${panelUrl}/verify`);
    await eventually(() => page.getByRole("heading", { name: "Die Ziehung nachprüfen" }).count()).toBe(1);
    const section = page.locator("section[data-browser-check]");
    await eventually(() => section.count()).toBe(1);
    await eventually(() => section.isHidden()).toBe(true);
    await eventually(() => page.getByRole("button", { name: "Jetzt im Browser prüfen" }).count()).toBe(0);
    await eventually(() => page.getByRole("heading", { name: "Hier im Browser nachprüfen" }).count()).toBe(0);
    await eventually(() =>
      page.getByRole("link", { name: "Prüfprogramm herunterladen (panel-verify.mjs)" }).count(),
    ).toBe(1);
    // (axe needs JavaScript in the page; the page with JavaScript is checked above.)
    await noScript.close();
  });
});
