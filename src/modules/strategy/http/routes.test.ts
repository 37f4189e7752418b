import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { findMeasureBySlug } from "../data/measures";
import { measures } from "../data/schema";
import { seedStrategy } from "../use-cases/seed-demo-strategy";
import { strategyMessages } from "../views/messages";

const SMART_WATER = "smart-water-wasser-und-stadtgruen-klimagerecht-gestalten";
const KIEZBOX = "kiezbox-2-0-daten-in-alltag-und-krise";
const GENOSSENSCHAFTEN = "digitale-genossenschaften-fuer-quartiersdienste";
const HARDENBERGPLATZ = "smart-space-hardenbergplatz";

/** The page's text as a reader sees it: tags removed, entities decoded, spaces collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

const measureTitles = (html: string) =>
  [...html.matchAll(/<h3 class="measure-card-title"><a href="\/measures\/([^"]+)"/g)].map((m) => m[1]);

let t: TestApp;
let office: BrowserClient;
let team: BrowserClient;
let guest: BrowserClient;

beforeAll(async () => {
  t = await createTestApp();
  await seedStrategy(t.deps);
  const officeId = await createAccount(t.deps, {
    email: "office@example.org",
    displayName: "Strategiebüro Anna",
    roles: ["strategy_office"],
  });
  const memberId = await createAccount(t.deps, {
    email: "team@example.org",
    displayName: "Team Kiezbox Ben",
    roles: [{ role: "team_member", scopeType: "measure", scopeId: KIEZBOX }],
  });
  office = new BrowserClient(t.app);
  team = new BrowserClient(t.app);
  guest = new BrowserClient(t.app);
  await signIn(office, t.deps, officeId);
  await signIn(team, t.deps, memberId);
});
afterAll(() => t.close());

describe("the strategy overview", () => {
  it("draws the values compass as a figure with a text alternative and lists the values with their questions", async () => {
    const response = await guest.get("/strategy");
    expect(response.status).toBe(200);
    const html = guest.lastHtml;
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Der Wertekompass mit seinen Werten: Die nachhaltige Stadt, Die gemeinwohlorientierte Stadt, Die resiliente Stadt, Die kooperative Stadt"/,
    );
    expect(html).toContain('aria-describedby="compass-values"');
    const text = visibleText(html);
    expect(text).toContain("Senkt die Maßnahme Emissionen oder Ressourcenverbrauch nachweisbar?");
    expect(text).toContain("Bewertet wird mit Punkten von 0 bis 3: 0 = keine, 1 = gering, 2 = mittel, 3 = hoch.");
  });

  it("shows the clusters with their action fields and how many measures each has", async () => {
    await guest.get("/strategy");
    const text = visibleText(guest.lastHtml);
    expect(text).toContain("Regeneratives Wirtschaften Smarte Wirtschaftsmodelle erproben und fördern (2 Maßnahmen)");
    expect(text).toContain("Regeneration der natürlichen Ressourcen lokal begünstigen (3 Maßnahmen)");
    expect(guest.lastHtml).toContain('href="/action-fields/RW-2"');
  });
});

describe("the list of measures", () => {
  it("lists all 20 measures with the facts of each", async () => {
    await guest.get("/measures");
    const text = visibleText(guest.lastHtml);
    expect(text).toContain("20 Maßnahmen gefunden");
    expect(measureTitles(guest.lastHtml)).toHaveLength(20);
    expect(text).toContain("Smart Water – Wasser und Stadtgrün klimagerecht gestalten Pilotprojekt");
  });

  it("finds Smart Water when a resident searches for Regenwasser, with the search kept in the form", async () => {
    await guest.get("/measures?q=Regenwasser");
    expect(visibleText(guest.lastHtml)).toContain("1 Maßnahme gefunden");
    expect(measureTitles(guest.lastHtml)).toEqual([SMART_WATER]);
    expect(guest.lastHtml).toContain('name="q" type="search" value="Regenwasser"');
  });

  it("filters by action field and value together, keeping the choices selected", async () => {
    await guest.get("/measures?actionField=RW-2&value=resilient");
    expect(measureTitles(guest.lastHtml)).toEqual(["reparatur-und-teilen-karte-berlin", SMART_WATER]);
    expect(guest.lastHtml).toContain('<option value="RW-2" selected="">');
    expect(guest.lastHtml).toContain('<option value="resilient" selected="">');
  });

  it("ignores unknown filter values with a visible notice and still lists the rest", async () => {
    const response = await guest.get("/measures?status=fliegend&cluster=RW&district=atlantis");
    expect(response.status).toBe(200);
    const text = visibleText(guest.lastHtml);
    expect(text).toContain("Einige Angaben in der Adresse kennen wir nicht. Wir haben sie nicht berücksichtigt:");
    expect(text).toContain("status = „fliegend“");
    expect(text).toContain("district = „atlantis“");
    expect(text).toContain("8 Maßnahmen gefunden");
  });

  it("pages through the list with links that keep the filter", async () => {
    await guest.get("/measures?pageSize=10&sort=title");
    const first = measureTitles(guest.lastHtml);
    expect(guest.lastHtml).toContain('href="/measures?pageSize=10&amp;sort=title&amp;page=2"');
    await guest.get("/measures?pageSize=10&sort=title&page=2");
    const second = measureTitles(guest.lastHtml);
    expect(first).toHaveLength(10);
    expect(second).toHaveLength(10);
    expect(new Set([...first, ...second]).size).toBe(20);
    expect(guest.lastHtml).toMatch(/aria-current="page" aria-label="Seite 2"/);
  });

  it("links to the open data of the same filter", async () => {
    await guest.get("/measures?cluster=RW&q=Wasser");
    expect(guest.lastHtml).toContain('href="/measures/export.csv?cluster=RW&amp;q=Wasser"');
    expect(guest.lastHtml).toContain('href="/api/v1/measures?cluster=RW&amp;q=Wasser"');
  });

  it("is shown in English with ?lang=en", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get("/measures?q=water&lang=en");
    expect(browser.lastHtml).toContain('<html lang="en">');
    const text = visibleText(browser.lastHtml);
    expect(text).toContain("1 measure found");
    expect(text).toContain("Smart Water – climate-just water and urban green");
  });
});

describe("a measure's page", () => {
  it("shows the facts, the assessment as a chart with a table, the team and the version history", async () => {
    const response = await guest.get(`/measures/${SMART_WATER}`);
    expect(response.status).toBe(200);
    const html = guest.lastHtml;
    const text = visibleText(html);
    expect(text).toContain("Verantwortlich Kompetenzzentrum Wasser Berlin");
    expect(text).toContain("Zeitraum Juli 2022 bis September 2026");
    expect(text).toContain("Handlungsfelder Regeneration der natürlichen Ressourcen lokal begünstigen");
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Balkendiagramm der Bewertung: Die nachhaltige Stadt: 3 von 3 Punkten;/,
    );
    expect(text).toContain(
      "Die resiliente Stadt 3 (hoch) Demo Warnsystem und Planung machen die Stadt robuster gegen Starkregen und Hitze.",
    );
    expect(text).toContain(
      "Kompetenzzentrum Wasser Berlin Rolle Projektleitung Verantwortung Koordination, Forschung zu Regenwasserbewirtschaftung Zeitanteil 80 %",
    );
    // Units as people read them, numbers in the reader's format; unknown facts left out.
    expect(text).toContain(
      "In den Pilotgebieten zurückgehaltenes Regenwasser Demo Ebene Impact (Wirkung für die Stadt) Einheit m³ pro Jahr",
    );
    expect(text).toContain("Zielwert 2 Gebiete");
    expect(text).not.toContain("m3_per_year");
    expect(text).not.toContain("keine Angabe");
    expect(text).not.toMatch(/\bStand\b|Umsetzungsphase/);
    // The version history: labels and names instead of codes, the import instead of "seed", the day only.
    expect(text).toMatch(/Version 1 – \d+\. \w+ \d{4} – Import – angelegt/);
    expect(text).toContain("Art Zentrale Maßnahme Netzwerkmaßnahme");
    expect(text).toContain("Verantwortliche Organisation (leer) Kompetenzzentrum Wasser Berlin");
    expect(text).toContain("Geplante Indikatoren (leer) Pilotgebiete, die den BGI-Planer nutzen – Zielwert: 2 Gebiete");
    expect(text).not.toMatch(/\bseed\b|skzl-cdo|\bkwb\b|"level"/);
    // Before and after are cells of their own row.
    expect(html).toMatch(
      /<th scope="row">Verantwortliche Organisation<\/th><td[^>]*>\(leer\)<\/td><td[^>]*>Kompetenzzentrum Wasser Berlin<\/td>/,
    );
    expect(text).toContain("Version 1");
    expect(text).not.toContain("Demo-Inhalt (erfunden)");
  });

  it("marks invented demo measures as demo content", async () => {
    await guest.get(`/measures/${GENOSSENSCHAFTEN}`);
    const text = visibleText(guest.lastHtml);
    expect(text).toContain("Demo-Inhalt (erfunden)");
    expect(text).toContain("Diese Maßnahme ist für die Demo erfunden.");
  });

  it("is shown in English, with German text marked where no translation exists", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get(`/measures/${SMART_WATER}?lang=en`);
    expect(browser.lastHtml).toContain("<h1>Smart Water – climate-just water and urban green</h1>");
    expect(visibleText(browser.lastHtml)).toContain("Period July 2022 to September 2026");
    expect(visibleText(browser.lastHtml)).toContain("Digital tools help keep rainwater in the neighbourhood");
    const beforeHistory = browser.lastHtml.slice(0, browser.lastHtml.indexOf('id="versions"'));
    expect(visibleText(beforeHistory)).not.toContain("Digitale Werkzeuge helfen");
    await browser.get("/measures?q=Bibliotheken&lang=en");
    const libraries = measureTitles(browser.lastHtml)[0];
    expect(libraries).toMatch(/^bibliotheken-/);
    await browser.get(`/measures/${libraries}?lang=en`);
    expect(browser.lastHtml).toContain('<ul lang="de"><li>Bezirksbibliothek Tempelhof-Schöneberg');
  });

  it("answers an unknown measure with a 404 page", async () => {
    const response = await guest.get("/measures/gibt-es-nicht");
    expect(response.status).toBe(404);
    expect(visibleText(guest.lastHtml)).toContain("Diese Maßnahme gibt es nicht.");
  });
});

describe("the catalogue's other pages", () => {
  it("lists the measures of an action field, an organisation and a district", async () => {
    await guest.get("/action-fields/RW-2");
    expect(measureTitles(guest.lastHtml).sort()).toEqual([
      "luftqualitaet-im-kiez-sichtbar-machen-blume-daten",
      "reparatur-und-teilen-karte-berlin",
      SMART_WATER,
    ]);
    await guest.get("/organisations/kwb");
    expect(measureTitles(guest.lastHtml).sort()).toEqual(["data-smart-city-governance-am-beispiel-von", SMART_WATER]);
    await guest.get("/districts/charlottenburg-wilmersdorf");
    expect(measureTitles(guest.lastHtml)).toEqual([HARDENBERGPLATZ]);
    expect((await guest.get("/districts/atlantis")).status).toBe(404);
    expect((await guest.get("/action-fields/XX-9")).status).toBe(404);
  });
});

describe("the API", () => {
  it("lists measures with the same filters and search, paginated", async () => {
    const response = await t.app.request("/api/v1/measures?q=regenwasser&pilot=true");
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: Array<{ slug: string; title: string; demo: boolean }>;
      total: number;
      page: number;
      pageSize: number;
    };
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(body.items[0]).toMatchObject({
      slug: SMART_WATER,
      title: "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
      demo: false,
    });
    const page2 = (await (await t.app.request("/api/v1/measures?pageSize=15&page=2")).json()) as {
      items: unknown[];
      total: number;
    };
    expect(page2.items).toHaveLength(5);
    expect(page2.total).toBe(20);
  });

  it("answers unknown filter values with 400 problem details naming the parameter", async () => {
    const status = await t.app.request("/api/v1/measures?status=fliegend");
    expect(status.status).toBe(400);
    expect(status.headers.get("content-type")).toContain("application/problem+json");
    expect(((await status.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toEqual([
      "query.status",
    ]);
    const field = await t.app.request("/api/v1/measures?actionField=XX-9&value=happiness");
    expect(field.status).toBe(400);
    const problem = (await field.json()) as { errors: Array<{ path: string; message: string }> };
    expect(problem.errors.map((e) => e.path)).toEqual(["query.actionField", "query.value"]);
    expect(problem.errors[0]?.message).toContain("XX-9");
  });

  it("answers in the language of Accept-Language or ?lang=", async () => {
    const english = await t.app.request(`/api/v1/measures/${SMART_WATER}`, { headers: { "accept-language": "en" } });
    expect(await english.json()).toMatchObject({
      lang: "en",
      title: "Smart Water – climate-just water and urban green",
    });
    const german = await t.app.request(`/api/v1/measures/${SMART_WATER}?lang=de`, {
      headers: { "accept-language": "en" },
    });
    const body = (await german.json()) as {
      lang: string;
      title: string;
      assessment: Array<{ value: string; score: number }>;
    };
    expect(body.lang).toBe("de");
    expect(body.title).toBe("Smart Water – Wasser und Stadtgrün klimagerecht gestalten");
    expect(body.assessment).toContainEqual(expect.objectContaining({ value: "resilient", score: 3 }));
    expect((await t.app.request("/api/v1/measures/gibt-es-nicht")).status).toBe(404);
  });

  it("serves the values, action fields and organisations, and documents everything in OpenAPI", async () => {
    const values = (await (await t.app.request("/api/v1/values?lang=en")).json()) as {
      items: Array<{ id: string; name: string }>;
      total: number;
    };
    expect(values.items.map((v) => v.name)).toEqual([
      "The sustainable city",
      "The community-oriented city",
      "The resilient city",
      "The cooperative city",
    ]);
    const fields = (await (await t.app.request("/api/v1/action-fields?pageSize=100")).json()) as {
      items: Array<{ id: string; measureCount: number }>;
      total: number;
    };
    expect(fields.total).toBe(12);
    expect(fields.items.find((f) => f.id === "RW-2")?.measureCount).toBe(3);
    const orgs = (await (await t.app.request("/api/v1/organisations?pageSize=5&page=2")).json()) as {
      items: unknown[];
      total: number;
    };
    expect(orgs.items).toHaveLength(5);
    expect(orgs.total).toBe(22);
    const openapi = (await (await t.app.request("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/measures",
        "/api/v1/measures/{slug}",
        "/api/v1/values",
        "/api/v1/action-fields",
        "/api/v1/organisations",
      ]),
    );
  });
});

describe("the open-data exports", () => {
  it("exports the filtered measures as CSV with every field in both languages", async () => {
    const response = await t.app.request("/measures/export.csv?cluster=RW");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await response.text(), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(8);
    const water = rows.find((r) => r.slug === SMART_WATER);
    expect(water).toMatchObject({
      code: "P1",
      title_de: "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
      title_en: "Smart Water – climate-just water and urban green",
      type: "network",
      action_fields: "RW-2;IS-1;EV-1",
      assessment_resilient: "3",
      responsible_organisation_name: "Kompetenzzentrum Wasser Berlin",
      demo: "false",
    });
  });

  it("exports JSON, and refuses an unknown filter value", async () => {
    const json = (await (await t.app.request("/measures/export.json?pilot=true")).json()) as {
      items: Array<{ title: { de: string; en: string } }>;
    };
    expect(json.items).toHaveLength(5);
    expect(json.items.every((m) => m.title.de && m.title.en)).toBe(true);
    expect((await t.app.request("/measures/export.csv?status=fliegend")).status).toBe(400);
    const api = await t.app.request("/api/v1/measures.csv?q=Kiezbox");
    expect(parse(await api.text(), { columns: true, bom: true })).toHaveLength(1);
  });
});

describe("editing", () => {
  it("asks a visitor to log in before editing", async () => {
    const response = await guest.get(`/measures/${SMART_WATER}/edit`);
    expect(response.status).toBe(401);
  });

  it("lets the strategy office edit a measure; the change appears with its version entry", async () => {
    await office.get(`/measures/${SMART_WATER}/edit`);
    const text = visibleText(office.lastHtml);
    for (const part of [
      "Texte und Ziele",
      "Stand und Umsetzungsphase",
      "Steckbrief",
      "Team",
      "Bewertung im Wertekompass",
    ])
      expect(text).toContain(part);
    const before = await findMeasureBySlug(t.database.db, SMART_WATER);
    const response = await office.post(`/measures/${SMART_WATER}/edit`, {
      part: "texts",
      version: String(before?.version),
      title_de: "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
      title_en: "Smart Water – climate-just water and urban green",
      summary_de: "Regenwasser im Kiez halten und Starkregen vorbeugen.",
      summary_en: "Keep rainwater in the neighbourhood and prepare for heavy rain.",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/measures/${SMART_WATER}?saved=1`);
    await office.get(`/measures/${SMART_WATER}?saved=1`);
    const page = visibleText(office.lastHtml);
    expect(page).toContain("Ihre Änderungen sind gespeichert.");
    expect(page).toContain("Regenwasser im Kiez halten und Starkregen vorbeugen.");
    expect(page).toContain(`Version ${(before?.version ?? 0) + 1}`);
    expect(page).toMatch(/Version \d+ – .* – Strategiebüro Anna – Texte geändert/);
    expect(page).toContain(
      "Kurzbeschreibung (Deutsch) Digitale Werkzeuge helfen, Regenwasser im Kiez zu halten, Hitze zu mindern und vor Starkregen zu warnen. Regenwasser im Kiez halten und Starkregen vorbeugen.",
    );
  });

  it("shows one part's form at a time, so saving one part never drops the entries of another", async () => {
    const parts = (html: string) =>
      [...html.matchAll(/<input type="hidden" name="part" value="([a-z]+)"/g)].map((m) => m[1]);
    await office.get(`/measures/${SMART_WATER}/edit`);
    expect(parts(office.lastHtml)).toEqual(["texts"]);
    expect(office.lastHtml.match(/<form [^>]*action="\/measures\/[^"]+\/edit"/g)?.length).toBe(1);
    for (const part of ["status", "details", "team", "assessment"]) {
      await office.get(`/measures/${SMART_WATER}/edit?part=${part}`);
      expect(parts(office.lastHtml)).toEqual([part]);
      expect(office.lastHtml).toContain(`href="/measures/${SMART_WATER}/edit?part=texts"`);
    }
    // A part this person may not change is not shown; the first one they may change is.
    await team.get(`/measures/${KIEZBOX}/edit?part=status`);
    expect(parts(team.lastHtml)).toEqual(["texts"]);
  });

  it("shows visitors a change at once, though their pages are kept in memory, and signed-in people their own view", async () => {
    await guest.get(`/measures/${HARDENBERGPLATZ}`);
    await guest.get(`/measures/${HARDENBERGPLATZ}`);
    expect(visibleText(guest.lastHtml)).not.toContain("Maßnahme bearbeiten");
    await office.get(`/measures/${HARDENBERGPLATZ}`);
    expect(visibleText(office.lastHtml)).toContain("Maßnahme bearbeiten");
    const summaryInApi = async () =>
      (
        (await (await t.app.request("/api/v1/measures?q=Hardenbergplatz")).json()) as {
          items: Array<{ summary: string }>;
        }
      ).items[0]?.summary;
    expect(await summaryInApi()).toBe(
      "Der Vorplatz am Bahnhof Zoo wird zu einem flexiblen Stadtplatz, dessen Flächen digital vergeben werden.",
    );
    const m = await findMeasureBySlug(t.database.db, HARDENBERGPLATZ);
    await office.get(`/measures/${HARDENBERGPLATZ}/edit`);
    await office.post(`/measures/${HARDENBERGPLATZ}/edit`, {
      part: "texts",
      version: String(m?.version),
      title_de: "Smart Space Hardenbergplatz",
      summary_de: "Ein Platz für alle am Bahnhof Zoo.",
    });
    await guest.get(`/measures/${HARDENBERGPLATZ}`);
    expect(visibleText(guest.lastHtml)).toContain("Ein Platz für alle am Bahnhof Zoo.");
    expect(await summaryInApi()).toBe("Ein Platz für alle am Bahnhof Zoo.");
    // A change made with plain SQL, past every use case, shows at once too (the trigger announces it).
    await t.database.db
      .update(measures)
      .set({ summaryDe: "Direkt in der Datenbank geändert." })
      .where(eq(measures.slug, HARDENBERGPLATZ));
    await guest.get(`/measures/${HARDENBERGPLATZ}`);
    expect(visibleText(guest.lastHtml)).toContain("Direkt in der Datenbank geändert.");
    expect(await summaryInApi()).toBe("Direkt in der Datenbank geändert.");
  });

  it("shows field errors beside the fields and in a summary, keeping the entries", async () => {
    await office.get(`/measures/${SMART_WATER}/edit`);
    const current = await findMeasureBySlug(t.database.db, SMART_WATER);
    const response = await office.post(`/measures/${SMART_WATER}/edit`, {
      part: "texts",
      version: String(current?.version),
      title_de: "",
      summary_de: "Mein Entwurf",
    });
    expect(response.status).toBe(422);
    expect(office.lastHtml).toContain(
      '<a href="#field-title_de">Titel (Deutsch): Bitte füllen Sie dieses Feld aus.</a>',
    );
    expect(office.lastHtml).toContain('aria-describedby="error-title_de"');
    expect(office.lastHtml).toContain(">Mein Entwurf</textarea>");
    expect((await findMeasureBySlug(t.database.db, SMART_WATER))?.version).toBe(current?.version);
  });

  it("moves the status only along the allowed transitions", async () => {
    await office.get(`/measures/${HARDENBERGPLATZ}/edit`);
    const m = await findMeasureBySlug(t.database.db, HARDENBERGPLATZ);
    expect(m?.content.status).toBe("running");
    const done = await office.post(`/measures/${HARDENBERGPLATZ}/edit`, {
      part: "status",
      version: String(m?.version),
      status: "completed",
      phase: "",
    });
    expect(done.status).toBe(303);
    await office.get(`/measures/${HARDENBERGPLATZ}/edit`);
    const back = await office.post(`/measures/${HARDENBERGPLATZ}/edit`, {
      part: "status",
      version: String((m?.version ?? 0) + 1),
      status: "running",
      phase: "",
    });
    expect(back.status).toBe(422);
    expect(visibleText(office.lastHtml)).toContain("Dieser Wechsel des Stands ist nicht möglich.");
    expect((await findMeasureBySlug(t.database.db, HARDENBERGPLATZ))?.content.status).toBe("completed");
  });

  it("lets a team member edit their own measure's texts, team and assessment, but not its status", async () => {
    const response = await team.get(`/measures/${KIEZBOX}/edit`);
    expect(response.status).toBe(200);
    const text = visibleText(team.lastHtml);
    expect(text).toContain("Texte und Ziele");
    expect(text).not.toContain("Stand speichern");
    expect(text).not.toContain("Steckbrief speichern");
    const m = await findMeasureBySlug(t.database.db, KIEZBOX);
    const saved = await team.post(`/measures/${KIEZBOX}/edit`, {
      part: "team",
      version: String(m?.version),
      "team.0.organisation": "tsb",
      "team.0.role_de": "Projektleitung",
      "team.0.role_en": "Project lead",
      "team.0.share_of_time": "50",
      "team.1.name": "",
      "team.1.role_de": "",
    });
    expect(saved.status).toBe(303);
    const after = await findMeasureBySlug(t.database.db, KIEZBOX);
    expect(after?.content.team).toEqual([
      {
        name: "Technologiestiftung Berlin / CityLAB Berlin",
        organisationId: "tsb",
        role: { de: "Projektleitung", en: "Project lead" },
        responsibility: { de: "", en: "" },
        shareOfTime: 50,
      },
    ]);
    const status = await team.post(`/measures/${KIEZBOX}/edit`, {
      part: "status",
      version: String(after?.version),
      status: "running",
      phase: "",
    });
    expect(status.status).toBe(403);
    expect((await findMeasureBySlug(t.database.db, KIEZBOX))?.content.status).toBeNull();
  });

  it("keeps the history of a team member's assessments", async () => {
    await team.get(`/measures/${KIEZBOX}/edit`);
    const m = await findMeasureBySlug(t.database.db, KIEZBOX);
    const rows: Record<string, string> = {};
    ["sustainable", "common_good", "resilient", "cooperative"].forEach((value, i) => {
      rows[`assessments.${i}.value`] = value;
    });
    rows["assessments.2.score"] = "2";
    rows["assessments.2.rationale_de"] = "Im Test hielt die Box nur drei Tage durch.";
    const response = await team.post(`/measures/${KIEZBOX}/edit`, {
      part: "assessment",
      version: String(m?.version),
      ...rows,
    });
    expect(response.status).toBe(303);
    await guest.get(`/measures/${KIEZBOX}`);
    const text = visibleText(guest.lastHtml);
    expect(text).toContain(
      "Die resiliente Stadt 2 (mittel) Im Test hielt die Box nur drei Tage durch. (Team Kiezbox Ben",
    );
    expect(text).toContain("Frühere Bewertungen (1)");
    expect(text).toContain("Funktioniert bis zu fünf Tage bei Stromausfall.");
    expect(text).toContain("Team Kiezbox Ben – neu bewertet");
  });

  it("does not let a team member edit another measure", async () => {
    expect((await team.get(`/measures/${SMART_WATER}/edit`)).status).toBe(403);
    await team.get(`/measures/${KIEZBOX}/edit`);
    const m = await findMeasureBySlug(t.database.db, SMART_WATER);
    const response = await team.post(`/measures/${SMART_WATER}/edit`, {
      part: "texts",
      version: String(m?.version),
      title_de: "Übernommen",
    });
    expect(response.status).toBe(403);
    expect((await findMeasureBySlug(t.database.db, SMART_WATER))?.content.title.de).toBe(
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
    );
  });

  it("refuses a stale form, shows both versions and overwrites nothing", async () => {
    await office.get(`/measures/${KIEZBOX}/edit`);
    const opened = await findMeasureBySlug(t.database.db, KIEZBOX);
    const officeVersion = String(opened?.version);
    // Meanwhile the team member saves a new summary.
    await team.get(`/measures/${KIEZBOX}/edit`);
    expect(
      (
        await team.post(`/measures/${KIEZBOX}/edit`, {
          part: "texts",
          version: officeVersion,
          title_de: "Kiezbox 2.0 – Daten in Alltag und Krise",
          title_en: "Kiezbox 2.0 – data in everyday life and in crisis",
          summary_de: "Fassung des Teams",
        })
      ).status,
    ).toBe(303);
    const response = await office.post(`/measures/${KIEZBOX}/edit`, {
      part: "texts",
      version: officeVersion,
      title_de: "Kiezbox 2.0 – Daten in Alltag und Krise",
      title_en: "Kiezbox 2.0 – data in everyday life and in crisis",
      summary_de: "Fassung des Strategiebüros",
    });
    expect(response.status).toBe(409);
    const text = visibleText(office.lastHtml);
    expect(text).toContain("Nicht gespeichert: Jemand anderes war schneller");
    expect(text).toContain("Kurzbeschreibung (Deutsch) Fassung des Strategiebüros Fassung des Teams");
    expect(office.lastHtml).toContain(">Fassung des Strategiebüros</textarea>");
    const now = await findMeasureBySlug(t.database.db, KIEZBOX);
    expect(now?.content.summary.de).toBe("Fassung des Teams");
    expect(office.lastHtml).toContain(`name="version" value="${now?.version}"`);
  });

  it("renders markdown descriptions without scripts, event handlers or javascript: links", async () => {
    const payloads = [
      "<script>alert('xss')</script>",
      "<img src=x onerror=alert(1)>",
      "[klick](javascript:alert(1))",
      '<a href="JaVaScRiPt:alert(1)">link</a>',
      "<svg onload=alert(1)>",
      '<iframe src="https://evil.example"></iframe>',
      '<div style="background:url(javascript:alert(1))" onclick="alert(1)">styled</div>',
      "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      '<a href="&#106;avascript:alert(1)">entity</a>',
      "<details open ontoggle=alert(1)>",
    ];
    const m = await findMeasureBySlug(t.database.db, GENOSSENSCHAFTEN);
    await office.get(`/measures/${GENOSSENSCHAFTEN}/edit`);
    const response = await office.post(`/measures/${GENOSSENSCHAFTEN}/edit`, {
      part: "texts",
      version: String(m?.version),
      title_de: "<script>alert('title')</script>Digitale Genossenschaften",
      description_de: `## Worum es geht\n\n**Genossenschaften** im [Kiez](https://example.org).\n\n${payloads.join("\n\n")}`,
    });
    expect(response.status).toBe(303);
    await guest.get(`/measures/${GENOSSENSCHAFTEN}`);
    const main = guest.lastHtml.slice(guest.lastHtml.indexOf("<main"), guest.lastHtml.indexOf("</main>"));
    // Every tag of the page (text is escaped, so the payloads may show as text in the version history).
    const tags = main.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.filter((tag) => /^<(script|iframe|img|object|embed)\b/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /javascript:|data:text|\sstyle=/i.test(tag))).toEqual([]);
    const description = main.slice(main.indexOf('<div class="prose"'), main.indexOf('<h2 id="goals"'));
    expect((description.match(/<[a-zA-Z][^>\s]*/g) ?? []).filter((tag) => !/^<(div|h4|p|strong|a)$/.test(tag))).toEqual(
      [],
    );
    expect(main).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;Digitale Genossenschaften");
    expect(main).toContain("<h4>Worum es geht</h4>");
    expect(main).toContain(
      '<strong>Genossenschaften</strong> im <a href="https://example.org" rel="nofollow noopener noreferrer">Kiez</a>',
    );
  });

  it("guards the CSV export against formulas in texts", async () => {
    const m = await findMeasureBySlug(t.database.db, GENOSSENSCHAFTEN);
    await office.get(`/measures/${GENOSSENSCHAFTEN}/edit`);
    await office.post(`/measures/${GENOSSENSCHAFTEN}/edit`, {
      part: "texts",
      version: String(m?.version),
      title_de: "Digitale Genossenschaften für Quartiersdienste",
      summary_de: '=HYPERLINK("http://evil.example","klick")',
    });
    const rows = parse(await (await t.app.request("/measures/export.csv?q=Genossenschaften")).text(), {
      columns: true,
      bom: true,
    }) as Array<Record<string, string>>;
    expect(rows[0]?.summary_de).toBe('\'=HYPERLINK("http://evil.example","klick")');
  });

  it("lets the office create a measure and sends it on to the edit page", async () => {
    await office.get("/measures/new");
    const refused = await office.post("/measures/new", {
      title_de: "Offene Sensorbox für Schulhöfe",
      type: "network",
      status: "planned",
    });
    expect(refused.status).toBe(422);
    expect(office.lastHtml).toContain(
      '<a href="#field-action_fields">Handlungsfelder: Bitte füllen Sie dieses Feld aus.</a>',
    );
    const created = await office.post("/measures/new", {
      title_de: "Offene Sensorbox für Schulhöfe",
      type: "network",
      status: "planned",
      action_fields: ["RW-2", "ZA-1"],
    });
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toBe("/measures/offene-sensorbox-fuer-schulhoefe/edit");
    await guest.get("/measures/offene-sensorbox-fuer-schulhoefe");
    expect(visibleText(guest.lastHtml)).toContain("Version 1 –");
    expect((await team.get("/measures/new")).status).toBe(403);
  });

  it("guards action fields and organisations with their version too", async () => {
    await office.get("/action-fields/RW-1/edit");
    const ok = await office.post("/action-fields/RW-1/edit", {
      version: "1",
      cluster: "RW",
      name_de: "Smarte Wirtschaftsmodelle erproben und fördern",
      name_en: "Test and promote smart business models",
    });
    expect(ok.status).toBe(303);
    const reader = new BrowserClient(t.app);
    await reader.get("/strategy?lang=en");
    expect(visibleText(reader.lastHtml)).toContain("Test and promote smart business models (2 measures)");
    await office.get("/action-fields/RW-1/edit");
    const stale = await office.post("/action-fields/RW-1/edit", { version: "1", cluster: "RW", name_de: "Veraltet" });
    expect(stale.status).toBe(409);
    expect(visibleText(office.lastHtml)).toContain(
      "Nicht gespeichert: Jemand anderes hat diesen Eintrag inzwischen geändert.",
    );
    await office.get("/organisations/new");
    expect(
      (await office.post("/organisations/new", { name_de: "Bezirksamt Pankow", kind: "state" })).headers.get(
        "location",
      ),
    ).toBe("/organisations/bezirksamt-pankow?saved=1");
    await guest.get("/organisations/bezirksamt-pankow");
    expect(visibleText(guest.lastHtml)).toContain("Gruppe Verwaltung und Politik");
  });
});

describe("the messages", () => {
  it("has the same keys in German and English", () => {
    expect(Object.keys(strategyMessages.en).sort()).toEqual(Object.keys(strategyMessages.de).sort());
  });
});
