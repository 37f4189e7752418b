import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { demoMonitoringApp, teamMemberOf } from "../../../../tests/support/monitoring";
import { readCounter } from "../../../platform/cache/change-counters";
import { measures } from "../../strategy/data/schema";
import {
  monitoringIndicators,
  monitoringModelVersions,
  monitoringObservations,
  monitoringSources,
} from "../data/schema";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
let slug = "";
let measureId = "";
let page = "";
const participants = "z1-training-participants";

/** A browser signed in as a member of the measure's team (the scoped role on the measure). */
function teamMember(onSlug = slug) {
  return teamMemberOf(t, onSlug);
}

async function observationCount(): Promise<number> {
  const [row] = await t.deps.database.db.select({ n: sql<number>`count(*)::int` }).from(monitoringObservations);
  return row?.n ?? 0;
}

async function versionCount(): Promise<number> {
  const [row] = await t.deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitoringModelVersions)
    .where(eq(monitoringModelVersions.measureId, measureId));
  return row?.n ?? 0;
}

beforeAll(async () => {
  ({ t, slug, measureId, page } = await demoMonitoringApp(() => now));
});
afterAll(async () => t.close());

describe("a measure's monitoring page", () => {
  it("shows a visitor the demo measure's goals, indicators, targets, values, progress and history, without forms", async () => {
    const guest = new BrowserClient(t.app);
    const response = await guest.get(page);
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Teilnehmende an Fortbildungen");
    expect(text).toContain("Schulungsangebote zu Daten");
    expect(text).toContain("Ausgangswert 0 Personen (am 20.12.2022)");
    expect(text).toContain("2027: 1.200 Personen");
    expect(text).toMatch(/Neuester Wert [\d.]+ Personen \(3\. Quartal 2026, vorläufig\)/);
    expect(text).toMatch(/Auf Kurs|Gefährdet|Nicht auf Kurs/);
    expect(text).toContain("des Wegs vom Ausgangswert zum Ziel");
    expect(text).toContain("für die Demo erfunden");
    expect(text).toContain("Ziel 2027 von 1.500 Personen auf 1.200 Personen gesenkt am 02.11.2026, weil:");
    expect(html).toContain("<caption>Messwerte: Teilnehmende an Fortbildungen</caption>");
    expect(html).not.toContain('<form method="post" action="/measures/');
    expect(text).not.toContain(participants);
    const english = visible(await (await guest.get(`${page}?lang=en`)).text());
    expect(english).toContain("Training participants");
    expect(english).toContain("target for 2027 lowered from 1,500 persons to 1,200 persons");
  });

  it("is reached from the measure page, where each version of the goals is a step of the measure's journey", async () => {
    const html = await (await new BrowserClient(t.app).get(`/measures/${slug}`)).text();
    expect(html).toContain(`href="/measures/${slug}/monitoring"`);
    expect(visible(html)).toContain("Ziele und Indikatoren zur Wirkung angelegt");
  });

  it("answers 404 for a measure that does not exist", async () => {
    const response = await new BrowserClient(t.app).get("/measures/gibt-es-nicht/monitoring");
    expect(response.status).toBe(404);
  });

  it("lets a team member record a value and shows it with the new status", async () => {
    const { browser, id } = await teamMember();
    const before = await readCounter(t.deps.database.db, "monitoring");
    const form = visible(await (await browser.get(page)).text());
    expect(form).toContain("Neuen Messwert eintragen");
    const saved = await browser.post(`${page}/values`, {
      "record-indicator": participants,
      "record-period": "2026-Q4",
      "record-value": "1250",
      "record-spatialUnit": "city",
      "record-status": "provisional",
      "record-note": "Zwischenstand Oktober",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${page}?done=recorded`);
    const text = visible(await (await browser.get(saved.headers.get("location") ?? "")).text());
    expect(text).toContain("Der Wert ist eingetragen.");
    expect(text).toContain("Neuester Wert 1.250 Personen (4. Quartal 2026, vorläufig)");
    expect(text).toContain("Ziel erreicht");
    expect(text).toContain("4. Quartal 2026 1.250 Personen vorläufig Zwischenstand Oktober");
    const [row] = await t.deps.database.db
      .select()
      .from(monitoringObservations)
      .where(and(eq(monitoringObservations.period, "2026-Q4"), eq(monitoringObservations.indicatorKey, participants)));
    expect(row).toMatchObject({ value: 1250, status: "provisional", source: "form", enteredBy: id, demo: false });
    expect(await readCounter(t.deps.database.db, "monitoring")).toBeGreaterThan(before);
    // The same period again is a correction, not a second value.
    await browser.get(page);
    const twice = await browser.post(`${page}/values`, {
      "record-indicator": participants,
      "record-period": "2026-Q4",
      "record-value": "1300",
    });
    expect(twice.status).toBe(422);
    expect(visible(await twice.text())).toContain("Für diesen Zeitraum gibt es schon einen Wert");
  });

  it("lets the team set an indicator's data source, refuses an internal address, and remove it again", async () => {
    const { browser } = await teamMember();
    const form = visible(await (await browser.get(page)).text());
    expect(form).toContain("Automatische Datenquelle");
    const internal = await browser.post(`${page}/source`, {
      "source-indicator": participants,
      "source-kind": "sensorthings",
      "source-aggregation": "sum",
      "source-base": "http://127.0.0.1:8080/v1.1",
      "source-datastreamId": "7",
    });
    expect(internal.status).toBe(422);
    expect(await internal.text()).toContain('value="http://127.0.0.1:8080/v1.1"');
    expect(await t.deps.database.db.select().from(monitoringSources)).toHaveLength(0);
    await browser.get(page);
    const saved = await browser.post(`${page}/source`, {
      "source-indicator": participants,
      "source-kind": "sensorthings",
      "source-aggregation": "sum",
      "source-base": "https://sensors.example.org/v1.1",
      "source-datastreamId": "7",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${page}?done=sourceConfigured`);
    expect(visible(await (await browser.get(saved.headers.get("location") ?? "")).text())).toContain(
      "Die Datenquelle ist gespeichert.",
    );
    const [source] = await t.deps.database.db.select().from(monitoringSources);
    expect(source).toMatchObject({ indicatorKey: participants, kind: "sensorthings", aggregation: "sum" });
    const removed = await browser.post(`${page}/source`, { "source-indicator": participants, "source-kind": "none" });
    expect(removed.headers.get("location")).toBe(`${page}?done=sourceRemoved`);
    expect(await t.deps.database.db.select().from(monitoringSources)).toHaveLength(0);
  });

  it("names a wrong period and text in a number field, keeps the input and writes nothing", async () => {
    const { browser } = await teamMember();
    await browser.get(page);
    const count = await observationCount();
    const wrong = await browser.post(`${page}/values`, {
      "record-indicator": participants,
      "record-period": "2026",
      "record-value": "1500",
    });
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(visible(html)).toContain("Der Zeitraum passt nicht dazu, wie oft der Indikator gemessen wird");
    expect(html).toContain('href="#field-record-period"');
    expect(html).toMatch(/name="record-period"[^>]*value="2026"/);
    const text = await browser.post(`${page}/values`, {
      "record-indicator": participants,
      "record-period": "2026-Q3",
      "record-value": "viele",
      "record-note": "Bitte behalten",
    });
    expect(text.status).toBe(422);
    const textHtml = await text.text();
    expect(visible(textHtml)).toContain("Bitte geben Sie eine Zahl ein");
    expect(textHtml).toMatch(/name="record-value"[^>]*value="viele"/);
    expect(textHtml).toContain("Bitte behalten");
    const grouped = await browser.post(`${page}/values`, {
      "record-indicator": participants,
      "record-period": "2025-Q1",
      "record-value": "1.500",
    });
    expect(visible(await grouped.text())).toContain("ohne Tausenderpunkt");
    const future = await browser.post(`${page}/values`, {
      "record-indicator": participants,
      "record-period": "2027-Q1",
      "record-value": "1500",
    });
    expect(visible(await future.text())).toContain("Dieser Zeitraum hat noch nicht begonnen.");
    expect(await observationCount()).toBe(count);
  });

  it("refuses visitors, residents and the team of another measure before reading the form, and writes nothing", async () => {
    const count = await observationCount();
    const versions = await versionCount();
    const fields = { "record-indicator": participants, "record-period": "2026-Q4", "record-value": "10" };
    const guest = new BrowserClient(t.app);
    await guest.get("/login");
    const asGuest = await guest.post(`${page}/values`, fields);
    expect([302, 303, 401]).toContain(asGuest.status);
    expect(asGuest.headers.get("location") ?? "").not.toContain("done=");
    const resident = await signedIn(t);
    await resident.browser.get(page);
    expect(visible(resident.browser.lastHtml)).not.toContain("Neuen Messwert eintragen");
    for (const [path, body] of [
      [`${page}/values`, fields],
      [`${page}/corrections`, { "correct-observation": randomUUID(), "correct-value": "1", "correct-reason": "x" }],
      [`${page}/targets`, { "target-version": "2", "target-indicator": participants, "target-period": "2027" }],
      [`${page}/model`, { "setup-reason": "Ein Grund für alles" }],
    ] as const) {
      expect((await resident.browser.post(path, body)).status, path).toBe(403);
    }
    const other = await teamMember("eine-andere-massnahme");
    await other.browser.get(page);
    expect((await other.browser.post(`${page}/values`, fields)).status).toBe(403);
    expect(await observationCount()).toBe(count);
    expect(await versionCount()).toBe(versions);
  });

  it("keeps the old value when a value is corrected, and shows both", async () => {
    const office = await signedIn(t, { roles: ["strategy_office"] });
    const [old] = await t.deps.database.db
      .select()
      .from(monitoringObservations)
      .where(
        and(
          eq(monitoringObservations.measureId, measureId),
          eq(monitoringObservations.indicatorKey, participants),
          eq(monitoringObservations.period, "2026-Q2"),
        ),
      );
    if (!old) throw new Error("no demo value for 2026-Q2");
    await office.browser.get(page);
    const tooShort = await office.browser.post(`${page}/corrections`, {
      "correct-observation": old.id,
      "correct-value": "999",
      "correct-reason": "falsch",
    });
    expect(tooShort.status).toBe(422);
    expect(visible(await tooShort.text())).toContain("warum der Wert falsch war");
    const corrected = await office.browser.post(`${page}/corrections`, {
      "correct-observation": old.id,
      "correct-value": "999",
      "correct-reason": "Doppelt gezählte Teilnehmende entfernt",
    });
    expect(corrected.status).toBe(303);
    const rows = await t.deps.database.db
      .select()
      .from(monitoringObservations)
      .where(and(eq(monitoringObservations.indicatorKey, participants), eq(monitoringObservations.period, "2026-Q2")));
    expect(rows).toHaveLength(2);
    const kept = rows.find((r) => r.id === old.id);
    const current = rows.find((r) => r.id !== old.id);
    expect(kept?.value).toBe(old.value);
    expect(kept?.supersededAt).not.toBeNull();
    expect(current).toMatchObject({ value: 999, status: "corrected", corrects: old.id, supersededAt: null });
    const text = visible(await (await office.browser.get(corrected.headers.get("location") ?? "")).text());
    expect(text).toContain("Der Wert ist korrigiert.");
    expect(text).toContain(
      `2. Quartal 2026 999 Personen korrigiert Ersetzt den früheren Wert ${old.value.toLocaleString("de-DE")} Personen. Doppelt gezählte Teilnehmende entfernt`,
    );
    // The replaced value can't be corrected again.
    const again = await office.browser.post(`${page}/corrections`, {
      "correct-observation": old.id,
      "correct-value": "1000",
      "correct-reason": "Noch einmal korrigiert",
    });
    expect(again.status).toBe(422);
  });

  it("makes a new version when a target changes with a reason, and tells it in the history", async () => {
    const { browser } = await teamMember();
    await browser.get(page);
    const versions = await versionCount();
    const noReason = await browser.post(`${page}/targets`, {
      "target-version": String(versions),
      "target-indicator": participants,
      "target-period": "2027",
      "target-target": "900",
      "target-reason": "",
    });
    expect(noReason.status).toBe(422);
    expect(visible(await noReason.text())).toContain("Bitte begründen Sie die Änderung");
    const past = await browser.post(`${page}/targets`, {
      "target-version": String(versions),
      "target-indicator": participants,
      "target-period": "2025",
      "target-target": "900",
      "target-reason": "Rückwirkend anders geplant",
    });
    expect(visible(await past.text())).toContain("Dieser Zeitraum ist schon vorbei.");
    expect(await versionCount()).toBe(versions);
    const changed = await browser.post(`${page}/targets`, {
      "target-version": String(versions),
      "target-indicator": participants,
      "target-period": "2027",
      "target-target": "900",
      "target-reason": "Weniger Schulungsräume als geplant",
    });
    expect(changed.status).toBe(303);
    expect(await versionCount()).toBe(versions + 1);
    const text = visible(await (await browser.get(changed.headers.get("location") ?? "")).text());
    expect(text).toContain(`Fassung ${versions + 1} vom 02.11.2026`);
    expect(text).toContain(
      "Teilnehmende an Fortbildungen: Ziel 2027 von 1.200 Personen auf 900 Personen gesenkt am 02.11.2026, weil: Weniger Schulungsräume als geplant",
    );
    expect(text).toContain("2027: 900 Personen");
    // A form made from the older version is refused, not merged.
    const stale = await browser.post(`${page}/targets`, {
      "target-version": String(versions),
      "target-indicator": participants,
      "target-period": "2027",
      "target-target": "800",
      "target-reason": "Noch weniger Räume als gedacht",
    });
    expect(stale.status).toBe(422);
    expect(visible(await stale.text())).toContain("Jemand hat die Ziele in der Zwischenzeit geändert");
  });

  it("lets the team add an indicator of the catalogue with a baseline and a target", async () => {
    const { browser } = await teamMember();
    await browser.get(page);
    const versions = await versionCount();
    const added = await browser.post(`${page}/indicators`, {
      "add-version": String(versions),
      "add-indicator": "z3-share-of-new-software-under-an-open-source-licence",
      "add-goal": "outcome",
      "add-baselineValue": "20",
      "add-baselineDate": "2025-12-31",
      "add-targetPeriod": "2028",
      "add-targetValue": "60",
      "add-reason": "Offene Software gehört zur Kompetenz",
    });
    expect(added.status).toBe(303);
    const text = visible(await (await browser.get(added.headers.get("location") ?? "")).text());
    expect(text).toContain("Anteil neuer Software unter Open-Source-Lizenz");
    expect(text).toContain("Indikator „Anteil neuer Software unter Open-Source-Lizenz“ aufgenommen");
    expect(text).toContain("2028: 60 %");
  });
});

describe("the indicator catalogue", () => {
  /** The visible text of every page of the catalogue (it lists 25 definitions a page). */
  async function catalogueText(browser: BrowserClient): Promise<string> {
    let text = "";
    for (let page = 1; page <= 10; page++) {
      const html = await (await browser.get(`/monitoring/indicators?page=${page}`)).text();
      text += visible(html);
      if (!html.includes(`page=${page + 1}`)) break;
    }
    return text;
  }

  it("lists the definitions for everyone, with units and frequencies in words", async () => {
    const guest = new BrowserClient(t.app);
    const response = await guest.get("/monitoring/indicators");
    expect(response.status).toBe(200);
    const text = await catalogueText(guest);
    expect(text).toContain("Teilnehmende an Fortbildungen");
    expect(text).toContain("Mikrogramm pro Kubikmeter");
    expect(text).toContain("vierteljährlich");
    expect(text).not.toContain("Indikator hinzufügen");
    expect(text).not.toContain("{persons}");
  });

  it("lets the office add a definition, naming mistakes at their fields", async () => {
    const resident = await signedIn(t);
    expect((await resident.browser.get("/monitoring/indicators/new")).status).toBe(403);
    const office = await signedIn(t, { roles: ["strategy_office"] });
    await office.browser.get("/monitoring/indicators/new");
    const fields = {
      key: "radwege-km",
      name_de: "Neue Radwege",
      name_en: "",
      definition_de: "Länge der neu gebauten Radwege.",
      definition_en: "",
      level: "output",
      unit: "Kilometer",
      valueKind: "number",
      direction: "increase",
      frequency: "yearly",
      spatialUnit: "district",
      dataSource: "",
      sdgTarget: "",
      standardReference: "",
    };
    const wrong = await office.browser.post("/monitoring/indicators/new", fields);
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(visible(html)).toContain("Diese Einheit kennen wir nicht");
    expect(html).toMatch(/name="name_de"[^>]*value="Neue Radwege"/);
    expect(
      await t.deps.database.db.select().from(monitoringIndicators).where(eq(monitoringIndicators.key, "radwege-km")),
    ).toEqual([]);
    const saved = await office.browser.post("/monitoring/indicators/new", { ...fields, unit: "km" });
    expect(saved.status).toBe(303);
    expect(await catalogueText(office.browser)).toContain("Neue Radwege");
    const [row] = await t.deps.database.db
      .select()
      .from(monitoringIndicators)
      .where(eq(monitoringIndicators.key, "radwege-km"));
    expect(row).toMatchObject({ nameEn: "Neue Radwege", unit: "km", spatialUnit: "district", demo: false });
    const taken = await office.browser.post("/monitoring/indicators/new", { ...fields, unit: "km" });
    expect(visible(await taken.text())).toContain("Diese Kennung hat schon ein anderer Indikator");
  });

  it("keeps the frequency of a definition a measure uses", async () => {
    const office = await signedIn(t, { roles: ["strategy_office"] });
    const form = await office.browser.get(`/monitoring/indicators/${participants}/edit`);
    expect(form.status).toBe(200);
    const version = form.ok ? ((await form.text()).match(/name="version" value="(\d+)"/)?.[1] ?? "") : "";
    const changed = await office.browser.post(`/monitoring/indicators/${participants}/edit`, {
      version,
      name_de: "Teilnehmende an Fortbildungen",
      name_en: "Training participants",
      definition_de: "",
      definition_en: "",
      level: "output",
      unit: "{persons}",
      valueKind: "number",
      direction: "increase",
      frequency: "yearly",
      spatialUnit: "city",
    });
    expect(changed.status).toBe(422);
    expect(visible(await changed.text())).toContain("Eine Maßnahme verwendet diesen Indikator schon");
    const [row] = await t.deps.database.db
      .select()
      .from(monitoringIndicators)
      .where(eq(monitoringIndicators.key, participants));
    expect(row?.frequency).toBe("quarterly");
    const renamed = await office.browser.post(`/monitoring/indicators/${participants}/edit`, {
      version,
      name_de: "Teilnehmende an Weiterbildungen",
      name_en: "Training participants",
      definition_de: "Alle Teilnahmen, eine Person je Kurs.",
      level: "output",
      unit: "{persons}",
      valueKind: "number",
      direction: "increase",
      frequency: "quarterly",
      spatialUnit: "city",
    });
    expect(renamed.status).toBe(303);
    expect(visible(await (await new BrowserClient(t.app).get(page)).text())).toContain(
      "Teilnehmende an Weiterbildungen",
    );
  });

  it("sets up the logic model of a measure from its goals", async () => {
    const [target] = await t.deps.database.db
      .select({ id: measures.id, slug: measures.slug })
      .from(measures)
      .where(eq(measures.code, "D1"));
    if (!target) throw new Error("no demo measure D1");
    await t.deps.database.db.delete(monitoringModelVersions).where(eq(monitoringModelVersions.measureId, target.id));
    const { browser } = await teamMember(target.slug);
    const path = `/measures/${target.slug}/monitoring`;
    expect(visible(await (await browser.get(path)).text())).toContain("Ziele zur Wirkung anlegen");
    const saved = await browser.post(`${path}/model`, { "setup-reason": "Beschluss des Strategieboards" });
    expect(saved.status).toBe(303);
    const text = visible(await (await browser.get(saved.headers.get("location") ?? "")).text());
    expect(text).toContain("Fassung 1 vom 02.11.2026");
    expect(text).toContain("Indikator hinzufügen");
    const [current] = await t.deps.database.db
      .select()
      .from(monitoringModelVersions)
      .where(and(eq(monitoringModelVersions.measureId, target.id), isNull(monitoringModelVersions.createdBy)));
    expect(current).toBeUndefined();
  });
});
