import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { testDatabaseKinds } from "../../../../tests/support/database";
import type { Actor } from "../../../platform/permissions/permissions";
import type { MeasureFilter } from "../domain/catalogue";
import { importStrategy, StrategyFileInvalid } from "../use-cases/import-strategy";
import { cachedReference, catalogueVersion, loadReference } from "./catalogue";
import { readDemoFile } from "./demo-files";
import { findMeasureBySlug, listMeasures, updateMeasure } from "./measures";
import { clusters, measures, measureVersions, organisations } from "./schema";

const system: Actor = { kind: "system", label: "test" };
const SMART_WATER = "smart-water-wasser-und-stadtgruen-klimagerecht-gestalten";

describe.each(testDatabaseKinds)("the strategy catalogue on $kind", ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ database: await open() });
  });
  afterAll(() => t.close());

  const db = () => t.database.db;
  const importFile = (document: unknown, source = "test.yaml") =>
    importStrategy(t.deps, { actor: system }, { document, source });
  const titles = async (filter: MeasureFilter, locale: "de" | "en" = "de") =>
    (await listMeasures(db(), filter, { sort: "title", locale, limit: 100, offset: 0 })).items.map((m) => m.title.de);
  const versionRows = async () => (await db().select({ n: count() }).from(measureVersions))[0]?.n ?? 0;

  it("imports nothing from a file with an error: all or nothing", async () => {
    const file = structuredClone(readDemoFile("gdb-demo.yaml")) as { measures: Array<{ action_fields: string[] }> };
    const broken = file.measures[19];
    if (broken) broken.action_fields = ["XX-9"];
    const error = await importFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrategyFileInvalid);
    expect((error as StrategyFileInvalid).importIssues.map((i) => i.path)).toEqual(["measures[19].action_fields[0]"]);
    expect((await db().select({ n: count() }).from(measures))[0]?.n).toBe(0);
    expect((await db().select({ n: count() }).from(organisations))[0]?.n).toBe(0);
  });

  it("imports the demo strategy and its demo assessments", async () => {
    const report = await importFile(readDemoFile("gdb-demo.yaml"), "gdb-demo.yaml");
    expect(report.measures).toEqual({ created: 20, updated: 0, unchanged: 0 });
    expect(report.actionFields).toEqual({ created: 12, updated: 0, unchanged: 0 });
    expect(report.organisations?.created).toBe(22);
    const supplement = await importFile(readDemoFile("demo-assessments.yaml"), "demo-assessments.yaml");
    expect(supplement.assessments).toEqual({ created: 40, updated: 0, unchanged: 0 });
    const reference = await loadReference(db());
    expect(reference.values).toHaveLength(4);
    expect(reference.strategy?.scale.de).toEqual(["keine", "gering", "mittel", "hoch"]);
    const water = await findMeasureBySlug(db(), SMART_WATER);
    expect(water?.strongValueIds).toEqual(["common_good", "cooperative", "resilient", "sustainable"]);
    expect(water?.content.team.map((m) => m.organisationId)).toEqual(["kwb", "tsb", "bwb", "senmvku"]);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await db()
      .select({ slug: measures.slug, version: measures.version, updatedAt: measures.updatedAt })
      .from(measures);
    const versions = await versionRows();
    const again = await importFile(readDemoFile("gdb-demo.yaml"));
    const supplement = await importFile(readDemoFile("demo-assessments.yaml"));
    for (const outcome of Object.values(again)) expect(outcome.created + outcome.updated).toBe(0);
    expect(supplement.assessments).toEqual({ created: 0, updated: 0, unchanged: 40 });
    expect(await versionRows()).toBe(versions);
    const after = await db()
      .select({ slug: measures.slug, version: measures.version, updatedAt: measures.updatedAt })
      .from(measures);
    expect(after).toEqual(before);
  });

  it("records a changed entry of a file as a new version with the field-level difference", async () => {
    const file = structuredClone(readDemoFile("gdb-demo.yaml")) as { measures: Array<Record<string, unknown>> };
    const p1 = file.measures.find((m) => m.id === "P1");
    if (!p1) throw new Error("P1 missing");
    p1.name_en = "Smart Water – water and urban green for a changing climate";
    p1.status = "laufend";
    const before = await findMeasureBySlug(db(), SMART_WATER);
    const report = await importFile(file);
    expect(report.measures).toEqual({ created: 0, updated: 1, unchanged: 19 });
    const after = await findMeasureBySlug(db(), SMART_WATER);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    const [latest] = await db()
      .select()
      .from(measureVersions)
      .where(eq(measureVersions.measureId, after?.id ?? ""))
      .orderBy(measureVersions.version)
      .then((rows) => rows.slice(-1));
    expect(latest?.kind).toBe("import");
    expect(latest?.changes).toEqual([
      {
        field: "title.en",
        before: "Smart Water – climate-just water and urban green",
        after: "Smart Water – water and urban green for a changing climate",
      },
      { field: "status", before: null, after: "running" },
    ]);
  });

  it("finds Smart Water when searching for Wasser, water or wasser stadtgrün", async () => {
    // The governance pilot names water as one of its examples in its description.
    expect(await titles({ q: "Wasser" })).toEqual([
      "Data & Smart City Governance am Beispiel von Luftgütemanagement",
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
    ]);
    expect(await titles({ q: "water" })).toContain("Smart Water – Wasser und Stadtgrün klimagerecht gestalten");
    // Several words narrow the list: every word has to be found.
    expect(await titles({ q: "wasser stadtgrün" })).toEqual([
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
    ]);
  });

  it("stems German words and finds the start of compound words", async () => {
    // "Luft" finds "Luftqualität" and "Luftgütemanagement" in titles and descriptions;
    // "Bibliothek" finds "Bibliotheken".
    expect(await titles({ q: "Luft" })).toEqual([
      "Data & Smart City Governance am Beispiel von Luftgütemanagement",
      "Kiezbox 2.0 – Daten in Alltag und Krise",
      "Luftqualität im Kiez sichtbar machen (BLUME-Daten)",
      "Smart Space Hardenbergplatz",
    ]);
    expect(await titles({ q: "Bibliothek" })).toEqual([
      "Bibliotheken als interaktive Begegnungs- und Lernorte ausbauen",
    ]);
    expect(await titles({ q: "libraries" })).toEqual([
      "Bibliotheken als interaktive Begegnungs- und Lernorte ausbauen",
    ]);
    expect(await titles({ q: "Zebrastreifen" })).toEqual([]);
    expect(await titles({ q: "'); drop table strategy_measures; --" })).toEqual([]);
  });

  it("filters by cluster, action field, value, type, status, phase, district, spatial level and pilot", async () => {
    expect(await titles({ actionField: "RW-2" })).toEqual([
      "Luftqualität im Kiez sichtbar machen (BLUME-Daten)",
      "Reparatur- und Teilen-Karte Berlin",
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
    ]);
    expect((await titles({ cluster: "RW" })).length).toBe(8);
    expect(await titles({ value: "resilient" })).toEqual([
      "Aufbau von Kapazitäten und Kompetenzen für den digitalen Wandel",
      "Kiezbox 2.0 – Daten in Alltag und Krise",
      "Reparatur- und Teilen-Karte Berlin",
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
      "Übergreifende interne und öffentliche Dateninfrastruktur (DataHUB und Open-Data-Portal)",
    ]);
    expect((await titles({ type: "central" })).length).toBe(5);
    expect(await titles({ status: "running" })).toEqual([
      "Aufbau von Kapazitäten und Kompetenzen für den digitalen Wandel",
      "Smart Space Hardenbergplatz",
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
    ]);
    expect(await titles({ phase: "etablierung" })).toEqual([
      "Aufbau von Kapazitäten und Kompetenzen für den digitalen Wandel",
    ]);
    expect(await titles({ district: "treptow-koepenick" })).toEqual([
      "Smarte Partizipation – von der Kiezkasse bis zum Bürger:innenhaushalt",
    ]);
    expect((await titles({ spatialLevel: "kiez" })).length).toBe(4);
    expect((await titles({ pilot: true })).length).toBe(5);
    expect(await titles({ pilot: true, value: "resilient", cluster: "RW" })).toEqual([
      "Kiezbox 2.0 – Daten in Alltag und Krise",
      "Smart Water – Wasser und Stadtgrün klimagerecht gestalten",
    ]);
    expect(await titles({ organisation: "tsb" })).toContain("Mobiles CityLAB / Kiezlabor");
  });

  it("sorts titles the German way (Ü among the U, not after Z)", async () => {
    const all = await titles({});
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, "de")));
    expect(all.at(-1)).toBe("Werkzeugkasten Maßnahmenbeschreibung (Mustersprache-Vorlagen)");
  });

  it("pages through the list without gaps or repeats, with the total on every page", async () => {
    const seen: string[] = [];
    for (let page = 0; page < 5; page++) {
      const result = await listMeasures(db(), {}, { sort: "updated", locale: "en", limit: 6, offset: page * 6 });
      expect(result.total).toBe(20);
      seen.push(...result.items.map((m) => m.slug));
    }
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });

  it("keeps the reference tables in memory until any change of the catalogue moves the counter on", async () => {
    const first = await cachedReference(db());
    expect(await cachedReference(db())).toBe(first);
    // Another process renames a cluster (with plain SQL: the counter moves on by itself).
    const before = await catalogueVersion(db());
    await db().update(clusters).set({ nameEn: "Regenerative economy (renamed)" }).where(eq(clusters.id, "RW"));
    expect(await catalogueVersion(db())).toBe(before + 1);
    const fresh = await cachedReference(db());
    expect(fresh).not.toBe(first);
    expect(fresh.clusters.find((c) => c.id === "RW")?.name.en).toBe("Regenerative economy (renamed)");
  });

  it("refuses to save over a newer version (optimistic locking)", async () => {
    const water = await findMeasureBySlug(db(), SMART_WATER);
    if (!water) throw new Error("missing");
    const stale = water.version - 1;
    expect(await updateMeasure(db(), water.id, stale, { ...water.content, pilot: false }, new Date())).toBeNull();
    expect((await findMeasureBySlug(db(), SMART_WATER))?.content.pilot).toBe(true);
    expect(await updateMeasure(db(), water.id, water.version, water.content, new Date())).toBe(water.version + 1);
  });
});
