import { randomUUID } from "node:crypto";
import { parse as parseCsv } from "csv-parse/sync";
import { eq, isNull, sql } from "drizzle-orm";
import { Parser, type Quad } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { neutraliseFormula } from "../../../platform/csv/csv-writer";
import { strategyModule } from "../../strategy";
import { measures } from "../../strategy/data/schema";
import { monitoringIndicators, monitoringModelVersions, monitoringObservations } from "../data/schema";
import { monitoringModule } from "../module";
import { openDataColumns, openDataSets } from "../use-cases/export-open-data";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
const secretName = "Olga Opendata-Geheim";
const secretEmail = `${randomUUID()}@example.org`;
let accountId = "";

const DCAT = "http://www.w3.org/ns/dcat#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  await monitoringModule.seed?.(t.deps);
  const db = t.deps.database.db;
  accountId = await createAccount(t.deps, { email: secretEmail, displayName: secretName });
  const [z1] = await db.select({ id: measures.id }).from(measures).where(eq(measures.code, "Z1"));
  // A value someone entered, with cells a spreadsheet would run as formulas and a note naming them.
  await db.insert(monitoringObservations).values({
    measureId: z1?.id ?? randomUUID(),
    indicatorKey: "=HYPERLINK(1)",
    period: "+2026",
    spatialUnit: "-city",
    value: -3,
    status: "provisional",
    source: "@form",
    note: `entered by ${secretName}`,
    enteredBy: accountId,
    enteredAt: now,
  });
});
afterAll(async () => t.close());

async function get(path: string) {
  const response = await t.app.request(path);
  return { response, text: await response.text() };
}

function csvRows(text: string): string[][] {
  return parseCsv(text, { relax_column_count: false }) as string[][];
}

/** What the CSV writer makes of a JSON value. */
function asCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return neutraliseFormula(String(value));
}

describe("the monitoring open data", () => {
  it("lists one row per current value with a fixed header, formulas neutralised", async () => {
    const { response, text } = await get("/monitoring/observations.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = csvRows(text);
    expect(rows[0]).toEqual([...openDataColumns.observations]);
    const [row] = await t.deps.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(monitoringObservations)
      .where(isNull(monitoringObservations.supersededAt));
    expect(row?.n).toBeGreaterThan(1);
    expect(rows.length - 1).toBe(row?.n);
    const column = (name: string) => openDataColumns.observations.indexOf(name);
    const formula = rows.find((r) => r[column("indicator_key")]?.includes("HYPERLINK"));
    const cells = (...names: string[]) => names.map((name) => formula?.[column(name)]);
    expect(cells("indicator_key", "period", "spatial_unit")).toEqual(["'=HYPERLINK(1)", "'+2026", "'-city"]);
    expect(cells("value", "source")).toEqual(["-3", "'@form"]);
  });

  it("names each row's measure by its id, address and title, in every set", async () => {
    const [z1] = await t.deps.database.db
      .select({ id: measures.id, slug: measures.slug, de: measures.titleDe, en: measures.titleEn })
      .from(measures)
      .where(eq(measures.code, "Z1"));
    expect(z1?.de).toBeTruthy();
    for (const set of openDataSets) {
      const rows = csvRows((await get(`/monitoring/${set}.csv`)).text);
      const header = rows[0] ?? [];
      expect(header.slice(0, 4)).toEqual(["measure_id", "measure_slug", "measure_title_de", "measure_title_en"]);
      const ofZ1 = rows.slice(1).filter((row) => row[0] === z1?.id);
      expect(ofZ1.length, set).toBeGreaterThan(0);
      for (const row of ofZ1) expect(row.slice(1, 4), set).toEqual([z1?.slug, z1?.de, z1?.en]);
      const measureIds = await t.deps.database.db.select({ id: measures.id }).from(measures);
      const known = new Set(measureIds.map((m) => m.id));
      for (const row of rows.slice(1)) expect(row[1] !== "", set).toBe(known.has(row[0] ?? ""));
    }
  });

  it("gives the same content as JSON as as CSV, for every set", async () => {
    for (const set of openDataSets) {
      const csv = await get(`/monitoring/${set}.csv`);
      const json = await get(`/monitoring/${set}.json`);
      expect(json.response.status).toBe(200);
      expect(json.response.headers.get("content-type")).toContain("application/json");
      const items = JSON.parse(json.text) as Record<string, unknown>[];
      const rows = csvRows(csv.text);
      expect(items.length, set).toBeGreaterThan(0);
      expect(rows[0]).toEqual([...openDataColumns[set]]);
      expect(items.map((item) => Object.keys(item))).toEqual(items.map(() => rows[0]));
      expect(rows.slice(1)).toEqual(items.map((item) => Object.values(item).map(asCell)));
    }
  });

  it("describes the downloads, the processes and the events in a DCAT-AP.de catalogue whose addresses answer", async () => {
    const turtle = await get("/api/v1/open-data/catalog.ttl");
    expect(turtle.response.status).toBe(200);
    expect(turtle.response.headers.get("content-type")).toBe("text/turtle; charset=utf-8");
    const quads: Quad[] = new Parser().parse(turtle.text);
    const subjectsOf = (type: string) =>
      quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value);
    const objects = (subject: string, predicate: string) =>
      quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
    expect(subjectsOf(`${DCAT}Catalog`)).toHaveLength(1);
    const datasets = subjectsOf(`${DCAT}Dataset`);
    const base = t.deps.config.baseUrl;
    const idOf = (dataset: string) => dataset.split("/").pop();
    expect(datasets.map(idOf).sort()).toEqual(
      [...openDataSets.map((set) => `monitoring-${set}`), "participation-processes", "workshops-events"].sort(),
    );
    for (const dataset of datasets) {
      const distributions = objects(dataset, `${DCAT}distribution`);
      const formats = distributions.flatMap((d) => objects(d, "http://purl.org/dc/terms/format"));
      const expected = idOf(dataset)?.startsWith("monitoring-") ? ["CSV", "JSON"] : ["JSON"];
      expect(formats.map((f) => f.split("/").pop()).sort(), dataset).toEqual(expected);
      expect(objects(dataset, "http://purl.org/dc/terms/title").length, dataset).toBeGreaterThanOrEqual(2);
      expect(objects(dataset, `${DCAT}theme`).length, dataset).toBeGreaterThan(0);
      for (const distribution of distributions) {
        const [access] = objects(distribution, `${DCAT}accessURL`);
        expect(access?.startsWith(`${base}/`)).toBe(true);
        const { response } = await get((access ?? "").slice(base.length));
        expect(response.status, access).toBe(200);
      }
    }

    const jsonLd = await get("/api/v1/open-data/catalog.jsonld");
    expect(jsonLd.response.status).toBe(200);
    expect(jsonLd.response.headers.get("content-type")).toBe("application/ld+json");
    const document = JSON.parse(jsonLd.text) as { "@graph": { "@type": string[] }[] };
    expect(document["@graph"].filter((node) => node["@type"].includes("dcat:Dataset"))).toHaveLength(datasets.length);
  });

  it("publishes no personal data", async () => {
    const db = t.deps.database.db;
    const authors = [
      ...(await db.select({ id: monitoringObservations.enteredBy }).from(monitoringObservations)),
      ...(await db.select({ id: monitoringModelVersions.createdBy }).from(monitoringModelVersions)),
      ...(await db.select({ id: monitoringIndicators.createdBy }).from(monitoringIndicators)),
    ]
      .map((row) => row.id)
      .filter((id): id is string => id !== null);
    expect(authors).toContain(accountId);
    for (const set of openDataSets) {
      for (const format of ["csv", "json"]) {
        const { text } = await get(`/monitoring/${set}.${format}`);
        for (const secret of [...new Set(authors), secretName, secretEmail, "Opendata-Geheim"]) {
          expect(text, `${set}.${format}`).not.toContain(secret);
        }
      }
    }
  });
});
