import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../../../tests/support/accounts";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { demoMonitoringApp, teamMemberOf } from "../../../../tests/support/monitoring";
import { auditLog } from "../../../platform/audit/schema";
import { monitoringObservations } from "../data/schema";
import { OBSERVATION_CSV_LIMITS } from "../domain/observation-csv";
import { readUploadedFile } from "../use-cases/preview-observations";

/**
 * Uploading values as a CSV file, driven in memory as a browser without JavaScript would: the
 * upload page, the preview (row-by-row report or the rows to write), and the confirmation.
 */
let t: TestApp;
const start = new Date(Date.UTC(2026, 10, 2, 9));
let now = start;
let slug = "";
let measureId = "";
let page = "";
const participants = "z1-training-participants";

/** A browser signed in as a member of the measure's team (the scoped role on the measure). */
function teamMember(onSlug = slug) {
  return teamMemberOf(t, onSlug);
}

/** Sends the upload form as a browser does (multipart, with the CSRF token of the last page). */
async function upload(
  browser: BrowserClient,
  content: string | Uint8Array,
  name = "werte.csv",
  path = `${page}/upload`,
): Promise<Response> {
  const form = new FormData();
  form.append("_csrf", browser.csrfToken());
  const bytes = typeof content === "string" ? content : new Uint8Array(content);
  form.append("file", new File([bytes], name, { type: "text/csv" }));
  const response = await t.app.request(`http://localhost${path}`, {
    method: "POST",
    headers: { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: form,
  });
  if ((response.headers.get("content-type") ?? "").includes("text/html"))
    browser.lastHtml = await response.clone().text();
  return response;
}

/** The hidden fields of the preview's confirmation form. */
function confirmationOf(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ["csv", "state", "issued", "signature"]) {
    const value = html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1];
    if (value === undefined) throw new Error(`no ${name} in the preview`);
    fields[name] = value;
  }
  return fields;
}

async function count(where = sql`true`): Promise<number> {
  const [row] = await t.deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitoringObservations)
    .where(where);
  return row?.n ?? 0;
}

async function imports(): Promise<Array<typeof auditLog.$inferSelect>> {
  return t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, "monitoring.observation.import"));
}

async function currentValue(period: string, indicator = participants) {
  const [row] = await t.deps.database.db
    .select()
    .from(monitoringObservations)
    .where(
      and(
        eq(monitoringObservations.measureId, measureId),
        eq(monitoringObservations.indicatorKey, indicator),
        eq(monitoringObservations.period, period),
        isNull(monitoringObservations.supersededAt),
      ),
    );
  return row;
}

beforeAll(async () => {
  ({ t, slug, measureId, page } = await demoMonitoringApp(() => now));
});
afterAll(async () => t.close());

describe("the upload page", () => {
  it("explains the columns with an example, lists the measure's indicator keys and offers a template", async () => {
    const { browser } = await teamMember();
    const response = await browser.get(`${page}/upload`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Messwerte als CSV-Datei hochladen");
    expect(text).toContain("indikator ( indicator ) – Pflicht");
    expect(text).toContain("anmerkung ( note ) – freiwillig");
    expect(text).toContain(`${participants};2026-Q3;1.234,5;Personen;;endgültig;Zählung der Kursliste`);
    expect(text).toContain("Teilnehmende an Fortbildungen vierteljährlich Personen");
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain(`action="${page}/upload"`);
    expect(html).toContain(`href="${page}/template.csv"`);

    const template = await browser.get(`${page}/template.csv`);
    expect(template.status).toBe(200);
    expect(template.headers.get("content-type")).toContain("text/csv");
    expect(template.headers.get("content-disposition")).toBe(`attachment; filename="messwerte-${slug}.csv"`);
    const csv = await template.text();
    expect(csv.split("\r\n").slice(0, 2)).toEqual([
      "sep=,",
      "indikator,zeitraum,wert,einheit,raumbezug,status,anmerkung",
    ]);
    expect(csv).toContain(`${participants},2026-Q3,,Personen,stadt,,\r\n`);
    expect(csv).toContain(",2025,,Prozent,stadt,,\r\n");

    const english = visible(await (await browser.get(`${page}/upload?lang=en`)).text());
    expect(english).toContain("Upload measured values as a CSV file");
    expect(english).toContain("indicator ( indikator ) – required");
    const englishTemplate = await (await browser.get(`${page}/template.csv?lang=en`)).text();
    expect(englishTemplate).toContain("indicator,period,value,unit,spatial_unit,status,note");
    expect(englishTemplate).toContain(`${participants},2026-Q3,,persons,city,,`);
  });

  it("refuses visitors, residents and another measure's team before reading anything, and writes nothing", async () => {
    const before = await count();
    const file = `indicator,period,value\n${participants},2020-Q1,99\n`;
    const guest = new BrowserClient(t.app);
    await guest.get("/login");
    const resident = await signedIn(t);
    await resident.browser.get("/profile");
    const other = await teamMember("eine-andere-massnahme");
    await other.browser.get("/profile");

    for (const [who, browser, status] of [
      ["visitor", guest, 401],
      ["resident", resident.browser, 403],
      ["other team", other.browser, 403],
    ] as const) {
      for (const path of [`${page}/upload`, `${page}/template.csv`]) {
        const response = await browser.get(path);
        expect(response.status, `${who} GET ${path}`).toBe(status);
        expect(await response.text(), `${who} GET ${path}`).not.toContain(participants);
      }
      await browser.get("/login");
      const uploaded = await upload(browser, file);
      expect(uploaded.status, `${who} upload`).toBe(status);
      expect(await uploaded.text()).not.toContain("2020-Q1");
      await browser.get("/login");
      const confirmed = await browser.post(`${page}/upload/confirm`, {
        csv: Buffer.from(file).toString("base64url"),
        state: "x",
        issued: String(now.getTime()),
        signature: "x",
      });
      expect(confirmed.status, `${who} confirm`).toBe(status);
    }
    expect(await count()).toBe(before);
    expect(await imports()).toEqual([]);
  });
});

describe("the preview of a file with mistakes", () => {
  it("names the line and the column of one bad row in words, and writes nothing", async () => {
    const { browser } = await teamMember();
    await browser.get(`${page}/upload`);
    const before = await count();
    const response = await upload(
      browser,
      `indicator,period,value,note\n${participants},2021-Q1,10,\n${participants},2021-Q2,zwölf,\n${participants},2021-Q3,12,\n`,
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Die Datei enthält Fehler");
    expect(text).toContain("Gefundene Probleme: 1");
    expect(text).toContain("Es wurde nichts gespeichert.");
    expect(text).toContain("Zeile Spalte Eingetragen Was nicht stimmt");
    expect(text).toContain("3 value zwölf Das ist keine Zahl.");
    expect(html).not.toContain('name="signature"');
    // The person can upload a corrected file from here.
    expect(html).toContain(`action="${page}/upload"`);
    expect(await count()).toBe(before);
  });

  it("reports wrong columns, units, dates, duplicates and text in number fields row by row", async () => {
    const { browser } = await teamMember();
    await browser.get(`${page}/upload`);
    const before = await count();
    const columns = visible(
      await (await upload(browser, `indicator,periode,value\n${participants},2021-Q1,1\n`)).text(),
    );
    expect(columns).toContain("Die Spalte „periode“ kennen wir nicht.");
    expect(columns).toContain("Die Spalte „zeitraum“ (oder „period“) fehlt. Sie ist Pflicht.");

    const file = [
      "indikator;zeitraum;wert;einheit",
      `${participants};2021-Q1;10;Personen`,
      `${participants};2021-13;11;Personen`,
      `${participants};2021-Q1;12;Personen`,
      `${participants};2027-Q1;12;Personen`,
      `${participants};2021-Q4;12;Euro`,
      `${participants};2021;12;Personen`,
      `${participants};2020-Q4;1.234;Personen`,
      `${participants};2020-Q3;=SUMME(A1);Personen`,
      `unbekannt;2020-Q2;5;`,
    ].join("\r\n");
    const response = await upload(browser, file);
    expect(response.status).toBe(422);
    const text = visible(await response.text());
    expect(text).toContain("Gefundene Probleme: 8");
    expect(text).toContain("3 zeitraum 2021-13 Diesen Zeitraum verstehen wir nicht.");
    expect(text).toContain(
      "4 ganze Zeile Für diesen Indikator, diesen Zeitraum und dieses Gebiet steht schon in Zeile 2 ein Wert.",
    );
    expect(text).toContain("5 zeitraum 2027-Q1 Dieser Zeitraum ist noch nicht vorbei.");
    expect(text).toContain("6 einheit Euro Die Einheit passt nicht zum Indikator. Er wird gemessen in: Personen.");
    expect(text).toContain("7 zeitraum 2021 Der Zeitraum passt nicht zum Indikator: Er wird vierteljährlich gemessen.");
    expect(text).toContain("8 wert 1.234 Diese Zahl ist nicht eindeutig");
    expect(text).toContain("9 wert =SUMME(A1) Das Feld sieht aus wie eine Formel");
    expect(text).toContain("10 indikator unbekannt Diesen Indikator gibt es bei dieser Maßnahme nicht.");

    const english = visible(await (await upload(browser, file, "values.csv", `${page}/upload?lang=en`)).text());
    expect(english).toContain("The file has mistakes");
    expect(english).toContain("7 zeitraum 2021 The period does not fit the indicator: it is measured quarterly.");
    expect(await count()).toBe(before);
  });

  it("refuses a file larger than the limit before parsing it", () => {
    const large = readUploadedFile(new Uint8Array(OBSERVATION_CSV_LIMITS.maxFileBytes + 1));
    expect(large).toEqual({
      ok: false,
      issue: { messageKey: "monitoring.csv.fileTooLarge", params: { maxMegabytes: 2 } },
    });
    expect(readUploadedFile(new TextEncoder().encode("indicator,period,value\n"))).toMatchObject({ ok: true });
  });

  it("refuses a file that is not UTF-8, an empty upload and a file with control characters, naming the fix", async () => {
    const { browser } = await teamMember();
    await browser.get(`${page}/upload`);
    const latin1 = Buffer.from(`indicator,period,value,note\n${participants},2020-Q1,1,Zählung\n`, "latin1");
    const notUtf8 = visible(await (await upload(browser, new Uint8Array(latin1))).text());
    expect(notUtf8).toContain("Die Datei ist nicht als UTF-8 gespeichert");
    expect(notUtf8).toContain("CSV UTF-8 (durch Trennzeichen getrennt)");
    const empty = await upload(browser, "");
    expect(empty.status).toBe(422);
    expect(visible(await empty.text())).toContain("Bitte wählen Sie eine CSV-Datei aus.");
    const binary = visible(await (await upload(browser, "indicator,period,value\u0000\u0001\n")).text());
    expect(binary).toContain("Das ist keine Textdatei.");
  });
});

describe("a good file", () => {
  it("is previewed row by row, then confirmed: every value written at once, with one audit entry, on the monitoring page", async () => {
    const { browser, id } = await teamMember();
    await browser.get(`${page}/upload`);
    const before = await count();
    const response = await upload(
      browser,
      [
        "indicator,period,value,status,note",
        `${participants},2021-Q1,110,final,Kursliste Januar bis März`,
        `${participants},2021-Q2,125,provisional,`,
        `${participants},2021-Q3,140,,"Zählung, Stand September"`,
      ].join("\n"),
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Vorschau: Diese Werte werden gespeichert");
    expect(text).toContain("Neu: 3 · Korrektur eines gespeicherten Werts: 0 · Schon genau so gespeichert: 0");
    expect(text).toContain(
      "2 Teilnehmende an Fortbildungen 1. Quartal 2021 ganze Stadt 110 Personen endgültig Kursliste Januar bis März neuer Wert",
    );
    expect(text).toContain(
      "3 Teilnehmende an Fortbildungen 2. Quartal 2021 ganze Stadt 125 Personen vorläufig neuer Wert",
    );
    expect(text).toContain("Zählung, Stand September");
    expect(html).toContain(`action="${page}/upload/confirm"`);
    expect(text).toContain("Werte speichern");
    // Nothing is written by the preview.
    expect(await count()).toBe(before);

    const saved = await browser.post(`${page}/upload/confirm`, confirmationOf(html));
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${page}/upload?added=3&corrected=0&unchanged=0`);
    const notice = visible(await (await browser.get(saved.headers.get("location") ?? "")).text());
    expect(notice).toContain("Die Werte sind gespeichert. Neu: 3 · Korrigiert: 0 · Unverändert: 0.");
    expect(await count()).toBe(before + 3);
    expect(await currentValue("2021-Q1")).toMatchObject({
      value: 110,
      status: "final",
      source: "csv",
      note: "Kursliste Januar bis März",
      enteredBy: id,
      demo: false,
    });
    const [audit, ...more] = await imports();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      actorId: id,
      objectType: "measure",
      objectId: measureId,
      after: { measure: slug, rows: 3, added: 3, corrected: 0, unchanged: 0 },
    });

    const monitoring = visible(await (await new BrowserClient(t.app).get(page)).text());
    expect(monitoring).toContain("1. Quartal 2021 110 Personen endgültig Kursliste Januar bis März");
    expect(monitoring).toContain("3. Quartal 2021 140 Personen endgültig Zählung, Stand September");
  });

  it("writes once when the confirmation is sent twice", async () => {
    const { browser } = await teamMember();
    await browser.get(`${page}/upload`);
    const html = await (
      await upload(browser, `indicator,period,value\n${participants},2020-Q1,70\n${participants},2020-Q2,80\n`)
    ).text();
    const fields = confirmationOf(html);
    const before = await count();
    const audits = (await imports()).length;
    const first = await browser.post(`${page}/upload/confirm`, fields);
    expect(first.status).toBe(303);
    const second = await browser.post(`${page}/upload/confirm`, fields);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe(`${page}/upload?already=2`);
    expect(visible(await (await browser.get(second.headers.get("location") ?? "")).text())).toContain(
      "Alle 2 Werte dieser Datei sind schon gespeichert. Es wurde nichts doppelt gespeichert.",
    );
    expect(await count()).toBe(before + 2);
    expect((await imports()).length).toBe(audits + 1);
  });

  it("reads a German Excel file: BOM, semicolons, CRLF, decimal commas, German columns and words", async () => {
    const { browser } = await teamMember();
    await browser.get(`${page}/upload`);
    const file =
      "\ufeffIndikator;Zeitraum;Wert;Einheit;Raumbezug;Status;Anmerkung\r\n" +
      `${participants};2019-Q1;1.234,5;Personen;Stadt;vorläufig;laut Liste, Stand März\r\n` +
      `${participants};2019-Q2;1234,75;;;endgültig;\r\n` +
      `${participants};2019-Q3;"1.000.000";Personen;;;"zwei\r\nZeilen"\r\n` +
      ";;;;;;\r\n";
    const response = await upload(browser, new TextEncoder().encode(file), "Werte aus Excel.csv");
    expect(response.status, visible(browser.lastHtml).slice(0, 2000)).toBe(200);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Datei: Werte aus Excel.csv");
    expect(text).toContain("1. Quartal 2019 ganze Stadt 1.234,5 Personen vorläufig laut Liste, Stand März neuer Wert");
    expect(text).toContain("2. Quartal 2019 ganze Stadt 1.234,75 Personen endgültig neuer Wert");
    expect(text).toContain("3. Quartal 2019 ganze Stadt 1.000.000 Personen endgültig zwei Zeilen neuer Wert");
    expect((await browser.post(`${page}/upload/confirm`, confirmationOf(html))).status).toBe(303);
    expect(await currentValue("2019-Q1")).toMatchObject({ value: 1234.5, status: "provisional", source: "csv" });
    expect(await currentValue("2019-Q2")).toMatchObject({ value: 1234.75, status: "final" });
    expect(await currentValue("2019-Q3")).toMatchObject({ value: 1_000_000, note: "zwei\r\nZeilen" });
  });

  it("corrects a stored value, keeping the old one, and shows the replacement in the preview first", async () => {
    const { browser } = await teamMember();
    const old = await currentValue("2026-Q2");
    if (!old) throw new Error("no demo value for 2026-Q2");
    await browser.get(`${page}/upload`);
    const html = await (
      await upload(
        browser,
        `indicator,period,value,note\n${participants},2026-Q2,777,Nachmeldung\n${participants},2018-Q4,5,\n`,
      )
    ).text();
    const text = visible(html);
    expect(text).toContain("Neu: 1 · Korrektur eines gespeicherten Werts: 1");
    expect(text).toContain("Einige Werte ersetzen einen gespeicherten Wert");
    expect(text).toContain(
      `2. Quartal 2026 ganze Stadt 777 Personen endgültig Nachmeldung ersetzt ${old.value.toLocaleString("de-DE")} Personen`,
    );
    const saved = await browser.post(`${page}/upload/confirm`, confirmationOf(html));
    expect(saved.headers.get("location")).toBe(`${page}/upload?added=1&corrected=1&unchanged=0`);
    const rows = await t.deps.database.db
      .select()
      .from(monitoringObservations)
      .where(and(eq(monitoringObservations.indicatorKey, participants), eq(monitoringObservations.period, "2026-Q2")));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === old.id)?.supersededAt).not.toBeNull();
    expect(rows.find((r) => r.id !== old.id)).toMatchObject({
      value: 777,
      corrects: old.id,
      source: "csv",
      supersededAt: null,
    });
    const monitoring = visible(await (await new BrowserClient(t.app).get(page)).text());
    expect(monitoring).toContain(
      `777 Personen endgültig Ersetzt den früheren Wert ${old.value.toLocaleString("de-DE")} Personen. Nachmeldung`,
    );
  });

  it("writes nothing when the stored values changed after the preview, and shows the new preview", async () => {
    const { browser } = await teamMember();
    await browser.get(`${page}/upload`);
    const html = await (
      await upload(browser, `indicator,period,value\n${participants},2018-Q1,1\n${participants},2018-Q2,2\n`)
    ).text();
    // Meanwhile someone enters a value for one of the file's periods by form.
    const colleague = await teamMember();
    await colleague.browser.get(page);
    const recorded = await colleague.browser.post(`${page}/values`, {
      "record-indicator": participants,
      "record-period": "2018-Q2",
      "record-value": "3",
    });
    expect(recorded.status).toBe(303);
    const before = await count();
    const response = await browser.post(`${page}/upload/confirm`, confirmationOf(html));
    expect(response.status).toBe(409);
    const text = visible(await response.text());
    expect(text).toContain(
      "Seit der Vorschau haben sich gespeicherte Werte dieser Maßnahme geändert. Es wurde nichts gespeichert.",
    );
    expect(text).toContain("2. Quartal 2018 ganze Stadt 2 Personen endgültig ersetzt 3 Personen");
    expect(await count()).toBe(before);
    expect(await currentValue("2018-Q1")).toBeUndefined();
  });

  it("refuses a changed hidden text or time and another account's confirmation, writing nothing", async () => {
    const { browser } = await teamMember();
    await browser.get(`${page}/upload`);
    const html = await (await upload(browser, `indicator,period,value\n${participants},2017-Q1,10\n`)).text();
    const fields = confirmationOf(html);
    const before = await count();
    const tampered = Buffer.from(`indicator,period,value\n${participants},2017-Q1,10000\n`).toString("base64url");
    const changed = await browser.post(`${page}/upload/confirm`, { ...fields, csv: tampered });
    expect(changed.status).toBe(422);
    expect(visible(await changed.text())).toContain("Diese Vorschau können wir nicht bestätigen");
    const noSignature = await browser.post(`${page}/upload/confirm`, { ...fields, signature: "" });
    expect(noSignature.status).toBe(422);
    const later = await browser.post(`${page}/upload/confirm`, { ...fields, issued: String(now.getTime() + 1) });
    expect(later.status).toBe(422);

    const colleague = await teamMember();
    await colleague.browser.get(`${page}/upload`);
    const foreign = await colleague.browser.post(`${page}/upload/confirm`, fields);
    expect(foreign.status).toBe(422);
    expect(visible(await foreign.text())).toContain("gehören zu einem anderen Konto");
    expect(await count()).toBe(before);
    expect(await currentValue("2017-Q1")).toBeUndefined();
  });

  it("refuses a preview older than a day, asking for the file again", async () => {
    const { browser, id } = await teamMember();
    await browser.get(`${page}/upload`);
    const fields = confirmationOf(
      await (await upload(browser, `indicator,period,value\n${participants},2016-Q1,10\n`)).text(),
    );
    const before = await count();
    now = new Date(start.getTime() + 25 * 60 * 60 * 1000);
    try {
      // A new session of the same account: the first one has run out meanwhile.
      const again = new BrowserClient(t.app);
      await signIn(again, t.deps, id);
      await again.get(`${page}/upload`);
      const late = await again.post(`${page}/upload/confirm`, fields);
      expect(late.status).toBe(422);
      expect(visible(await late.text())).toContain(
        "Die Vorschau ist älter als 24 Stunden. Es wurde nichts gespeichert.",
      );
    } finally {
      now = start;
    }
    expect(await count()).toBe(before);
  });
});
