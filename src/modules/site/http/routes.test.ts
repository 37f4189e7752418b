import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { modules } from "../../../app/modules";
import { privacyKey } from "../../../platform/contributions/contributions";
import { translator } from "../../../platform/i18n/i18n";

/** The text a reader sees: tags removed, entities decoded, white space collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, "")
    .replace(/<br\s*\/?>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function mainOf(html: string): string {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>");
  return html.slice(start, end);
}

let t: TestApp;
let configured: TestApp;
const exampleFile = join(import.meta.dirname, "../data/operator.example.yaml");

beforeAll(async () => {
  t = await createTestApp();
  configured = await createTestApp({ env: { OPERATOR_FILE: exampleFile } });
});
afterAll(async () => {
  await t.close();
  await configured.close();
});

/** The page as an administrator sees it: the operator's to-dos instead of the public note. */
async function adminPage(app: TestApp, path: string, lang: "de" | "en") {
  const browser = new BrowserClient(app.app);
  const id = await createAccount(app.deps, {
    email: `admin-${Math.random().toString(36).slice(2)}@example.org`,
    displayName: "Ada Admin",
    roles: ["administrator"],
  });
  await signIn(browser, app.deps, id);
  await browser.get(`${path}?lang=${lang}`);
  return { html: browser.lastHtml, text: visibleText(mainOf(browser.lastHtml)) };
}

async function page(app: TestApp, path: string, lang: "de" | "en") {
  const response = await app.app.request(`${path}?lang=${lang}`);
  const html = await response.text();
  return {
    status: response.status,
    html,
    text: visibleText(mainOf(html)),
    title: html.match(/<title>([^<]*)<\/title>/)?.[1],
  };
}

describe("the frame pages in German and English", () => {
  const pages = [
    {
      path: "/barrierefreiheit",
      de: ["Erklärung zur Barrierefreiheit", "Erklärung zur Barrierefreiheit"],
      en: ["Accessibility statement", "Accessibility statement"],
    },
    { path: "/impressum", de: ["Impressum", "Impressum"], en: ["Imprint", "Imprint"] },
    { path: "/datenschutz", de: ["Datenschutzerklärung", "Datenschutz"], en: ["Privacy statement", "Privacy"] },
    { path: "/leichte-sprache", de: ["Leichte Sprache", "Leichte Sprache"], en: ["Easy language", "Easy language"] },
  ];
  for (const { path, de, en } of pages) {
    for (const [lang, [heading, title]] of [
      ["de", de],
      ["en", en],
    ] as const) {
      it(`${path} answers in ${lang} with its heading, title and language`, async () => {
        const shown = await page(t, path, lang);
        expect(shown.status).toBe(200);
        expect(shown.html).toContain(`<html lang="${lang}">`);
        expect(shown.html).toMatch(new RegExp(`<h1>${heading}</h1>`));
        expect(shown.title).toBe(`${title} – Gemeinsam`);
        expect(shown.html).toContain('<a href="/barrierefreiheit">');
      });
    }
  }

  it("links every frame page from the footer of every page", async () => {
    const { html } = await page(t, "/", "de");
    const footer = html.slice(html.indexOf("<footer"));
    for (const path of ["/barrierefreiheit", "/impressum", "/datenschutz", "/leichte-sprache"]) {
      expect(footer).toContain(`href="${path}"`);
    }
  });
});

describe("the accessibility statement", () => {
  it("states partial compliance, each known barrier with reason and alternative, and how it was made", async () => {
    const { text } = await page(t, "/barrierefreiheit", "de");
    expect(text).toContain("Die Plattform ist teilweise barrierefrei.");
    expect(text).toContain("BIKTG Bln");
    expect(text).toContain("BITV 2.0");
    for (const barrier of [
      "Keine Videos in Deutscher Gebärdensprache",
      "PDF-Dokumente nicht getaggt",
      "Diagramme",
      "Leichte Sprache noch nicht geprüft",
    ]) {
      expect(text).toContain(barrier);
    }
    expect(text.match(/Was fehlt/g)).toHaveLength(5);
    expect(text.match(/Warum/g)?.length).toBeGreaterThanOrEqual(5);
    expect(text.match(/Was Sie stattdessen tun können/g)).toHaveLength(5);
    expect(text).toContain("Neben jedem Diagramm steht eine Tabelle mit denselben Zahlen.");
    expect(text).toContain("Wir haben diese Erklärung am 22. November 2026 erstellt.");
    expect(text).toContain("Selbstbewertung");
    expect(text).toContain("axe-core");
  });

  it("promises an answer within one month and names the Berlin enforcement body with its page", async () => {
    const { html, text } = await page(t, "/barrierefreiheit", "de");
    expect(text).toContain("spätestens innerhalb eines Monats");
    expect(text).toContain("Sie brauchen dafür kein Formular und kein Konto.");
    expect(text).toContain("Landesbeauftragte für digitale Barrierefreiheit des Landes Berlin");
    expect(html).toContain(
      'href="https://www.berlin.de/sen/inneres/moderne-verwaltung/digitale-barrierefreiheit/landesbeauftragte/"',
    );
  });

  it("shows the public a neutral note where the operator has not filled in details, never a placeholder", async () => {
    const { html, text } = await page(t, "/barrierefreiheit", "de");
    expect(text).toContain("Einige Kontaktangaben auf dieser Seite werden gerade ergänzt.");
    expect(text).toContain("Diese Angaben werden gerade ergänzt.");
    expect(text).not.toContain("Platzhalter");
    expect(text).not.toContain("OPERATOR_FILE");
    expect(html).not.toContain("data-placeholder");
    const english = await page(t, "/barrierefreiheit", "en");
    expect(english.text).toContain("Some contact details on this page are being added.");
    expect(english.text).not.toContain("Placeholder");
    expect(english.text).toContain("within one month at the latest");
    expect(english.text).toContain("We made this statement on 22 November 2026.");
  });

  it("gives administrators a to-do naming each missing field of the operator file", async () => {
    const { html, text } = await adminPage(t, "/barrierefreiheit", "de");
    expect(text).toContain("Zu erledigen für den Betrieb");
    expect(text).toContain("OPERATOR_FILE");
    expect(text).toContain(
      "Noch einzutragen: E-Mail-Adresse der Kontaktstelle für Barrierefreiheit (Feld accessibility.feedback.email)",
    );
    expect(html).toContain("<code>accessibility.enforcementBody.address</code>");
    expect(text).not.toContain("Einige Kontaktangaben auf dieser Seite werden gerade ergänzt.");
  });

  it("shows the operator's feedback contact and enforcement address from the operator file", async () => {
    const { html, text } = await page(configured, "/barrierefreiheit", "de");
    expect(html).toContain('<a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a>');
    expect(html).toContain('<a href="tel:+49300000001">+49 30 0000001</a>');
    expect(text).toContain("Beispielweg 3 10115 Berlin");
    expect(text).not.toContain("Noch einzutragen");
    expect(text).not.toContain("werden gerade ergänzt");
  });
});

describe("the imprint", () => {
  it("shows administrators a to-do for every detail the operator has not given, the public a neutral note", async () => {
    const { text, html } = await adminPage(t, "/impressum", "de");
    expect(text).toContain("Noch einzutragen: Name der Stelle, die die Plattform betreibt (Feld operator.name)");
    expect(text).toContain(
      "Noch einzutragen: Anschrift der Stelle, die die Plattform betreibt (Feld operator.address)",
    );
    expect(text).toContain("Noch einzutragen: Adresse des Quellcodes (Feld sourceCodeUrl)");
    expect(html.match(/data-placeholder/g)?.length).toBeGreaterThanOrEqual(6);
    const english = await adminPage(t, "/impressum", "en");
    expect(english.text).toContain("To fill in: address of the body running the platform (field operator.address)");
    const visitor = await page(t, "/impressum", "de");
    expect(visitor.text).toContain("§ 5 Digitale-Dienste-Gesetz");
    expect(visitor.text).toContain("Diese Angaben werden gerade ergänzt.");
    expect(visitor.html).not.toContain("data-placeholder");
    expect(visitor.text).not.toContain("Platzhalter");
    expect((await page(t, "/impressum", "en")).text).toContain("GNU Affero General Public License");
  });

  it("shows the operator's details once they are configured", async () => {
    const { html, text } = await page(configured, "/impressum", "de");
    expect(text).toContain("Musterbehörde für Digitales (Beispiel)");
    expect(text).toContain("Vertreten durch Erika Mustermann, Leitung (Beispiel)");
    expect(html).toContain('<a href="https://example.org/gemeinsam">https://example.org/gemeinsam</a>');
    expect(html).not.toContain("data-placeholder");
  });
});

describe("the privacy statement", () => {
  it("lists every processing every module declares, with data, purpose, legal basis and retention", async () => {
    const { html, text } = await page(t, "/datenschutz", "de");
    const de = translator("de");
    const declared = modules.flatMap((m) => m.privacy.entries.map((e) => e.id));
    const shown = [...html.matchAll(/<h3 id="processing-([^"]+)">/g)].map((m) => m[1]);
    expect(shown).toEqual(declared);
    for (const id of declared) expect(text).toContain(de(privacyKey(id, "name")));
    expect(html.match(/<dt>Wie lange<\/dt>/g)).toHaveLength(declared.length);
    expect(html.match(/<dt>Rechtsgrundlage<\/dt>/g)).toHaveLength(declared.length);
    for (const topic of [
      "Ihr Konto",
      "Anmeldungen (Sitzungen)",
      "Stimmzettel und Quittungen",
      "Abstimmungscodes",
      "Wo Sie abstimmen dürfen",
      "Vorschläge im Bürger:innenhaushalt",
      "Anmeldungen zum Bürger:innenrat",
      "Einladungen zum Bürger:innenrat",
      "Zweiter Faktor (Authenticator-App)",
      "Zähler gegen das Erraten",
      "Technische Protokolle",
      "Änderungsprotokoll",
    ])
      expect(shown.map((id) => de(privacyKey(id ?? "", "name")))).toContain(topic);
    expect(text).toContain("nur als Argon2id-Hash");
    expect(text).toContain("nach 2 Stunden ohne Aktivität oder spätestens 12 Stunden nach der Anmeldung");
    expect(text).toContain("Altersgruppe, Geschlecht, Bezirk");
    expect(text).toContain("Öffentliche Aufgabe (Art. 6 Abs. 1 Buchstabe e DSGVO).");
    expect(text).toContain("Einwilligung (Art. 6 Abs. 1 Buchstabe a DSGVO)");
    expect(text).toContain("Rechtliche Pflicht (Art. 6 Abs. 1 Buchstabe c DSGVO).");
    // The profile's district no longer decides where someone votes in the citizen budget.
    expect(text).toContain("Der Bezirk im Profil entscheidet nicht, ob und wo Sie im Bürger:innenhaushalt abstimmen");
    expect(text).toContain("Das Verzeichnis und unbenutzte Prüfcodes löscht die Software stündlich");
    const english = await page(t, "/datenschutz", "en");
    expect(english.text).toContain("Registrations for the citizen panel");
    expect(english.text).toContain("Public task (Art. 6 (1) (e) GDPR).");
  });

  it("says there is no tracking and no third-party request, and explains the cookies", async () => {
    const { text } = await page(t, "/datenschutz", "de");
    expect(text).toContain("kein Tracking");
    expect(text).toContain("Die Seiten laden nichts von fremden Servern");
    expect(text).toContain("Die Plattform setzt nur diese Cookies.");
    expect(text).toContain("Anmeldung in zwei Schritten");
    expect(text).toContain("§ 25 Abs. 2 TDDDG");
  });

  it("names the rights, the self-service functions on the profile and the supervisory authority", async () => {
    const { html, text } = await page(t, "/datenschutz", "de");
    for (const article of ["Art. 15", "Art. 16", "Art. 17", "Art. 18", "Art. 20", "Art. 21"])
      expect(text).toContain(article);
    expect(text).toContain("Meine Daten herunterladen");
    expect(text).toContain("Konto löschen");
    expect(text).toContain("„gelöschtes Konto“");
    expect(html).toContain('<a href="/profile">Zu Ihrem Konto</a>');
    expect(text).toContain("Berliner Beauftragte für Datenschutz und Informationsfreiheit");
    expect(text).not.toContain("Anschrift der Aufsichtsbehörde");
    expect((await adminPage(t, "/datenschutz", "de")).text).toContain(
      "Noch einzutragen: Anschrift der Aufsichtsbehörde (Feld supervisoryAuthority.address)",
    );
    const english = await page(t, "/datenschutz", "en");
    expect(english.text).toContain("Download my data");
    expect(english.text).toContain("There are no analytics or advertising services and no tracking.");
  });
});

describe("the page in Leichte Sprache", () => {
  it("explains the platform in short sentences, one a line, with hard words explained", async () => {
    const { html, text } = await page(t, "/leichte-sprache", "de");
    expect(html).toContain('<html lang="de">');
    expect(text).toContain("Diese Internet·seite heißt: Gemeinsam.");
    expect(text).toContain("Wort·erklärung: Passwort");
    expect(text).toContain("Aus·gelost bedeutet: Der Zufall entscheidet.");
    expect(text).toContain("Menschen mit Lern·schwierigkeiten haben den Text noch nicht geprüft.");
    const lines = [...mainOf(html).matchAll(/<p class="easy-line">([^<]*)<\/p>/g)].map((m) => m[1] ?? "");
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) {
      expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(15);
    }
    expect(text).not.toContain("Plain English");
  });

  it("in English shows the Leichte-Sprache text marked as German, and a plain-English version", async () => {
    const { html } = await page(t, "/leichte-sprache", "en");
    expect(html).toContain('<html lang="en">');
    const german = html.match(/<section lang="de"[^>]*>([\s\S]*?)<section aria-labelledby="plain-english"/)?.[1] ?? "";
    expect(visibleText(german)).toContain("Diese Internet·seite heißt: Gemeinsam.");
    expect(visibleText(german)).toContain("In Leichter Sprache");
    expect(visibleText(german)).not.toContain("This website is called Gemeinsam.");
    const english = html.slice(html.indexOf('<section aria-labelledby="plain-english"'));
    expect(visibleText(english)).toContain("In plain English");
    expect(visibleText(english)).toContain("This website is called Gemeinsam.");
    expect(visibleText(english)).not.toContain("Internet·seite");
    expect(html).toContain('<a href="#plain-english">Go to the plain English version</a>');
  });

  it("gives the feedback address, or says it is being added", async () => {
    expect((await page(t, "/leichte-sprache", "de")).text).toContain(
      "Unsere E-Mail-Adresse: Diese Angaben werden gerade ergänzt.",
    );
    expect((await page(configured, "/leichte-sprache", "de")).html).toContain("mailto:barrierefreiheit@example.org");
  });
});

describe("the operator file", () => {
  it("makes a page fail loudly, with the reference in the log, when the file is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gemeinsam-operator-"));
    const broken = await createTestApp({ env: { OPERATOR_FILE: join(dir, "missing.yaml") } });
    const response = await broken.app.request("/impressum");
    expect(response.status).toBe(500);
    expect(broken.logger.entries.some((e) => e.level === "error" && String(e.error).includes("missing.yaml"))).toBe(
      true,
    );
    writeFileSync(join(dir, "missing.yaml"), "operator:\n  name: Nachgetragen\n");
    const fixed = await broken.app.request("/impressum");
    expect(await fixed.text()).toContain("Nachgetragen");
    await broken.close();
  });
});
