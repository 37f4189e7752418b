import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPglite } from "../../../../tests/support/database";
import { readCounter } from "../../../platform/cache/change-counters";
import type { Database } from "../../../platform/db/database";
import type { PersonalDataContext } from "../../../platform/personal-data/hook";
import { currentModel, insertModelVersion } from "./models";
import { insertObservation, observationsOfMeasure, supersedeObservation } from "./observations";
import { monitoringPersonalData } from "./personal-data";
import { monitoringObservations } from "./schema";

let database: Database;
const now = new Date("2026-11-02T09:00:00Z");
const measureId = randomUUID();
const account = randomUUID();

const value = (period: string, amount: number) => ({
  measureId,
  indicator: "x-persons",
  period,
  spatialUnit: "city",
  value: amount,
  status: "final" as const,
  source: "form" as const,
  note: "",
  enteredBy: account,
  now,
});

beforeAll(async () => {
  database = await freshPglite();
});
afterAll(async () => database.close());

describe("monitoring's tables", () => {
  it("keep one current value per use, period and area; a correction replaces without deleting", async () => {
    const db = database.db;
    const before = await readCounter(db, "monitoring");
    const first = await insertObservation(db, value("2025", 10));
    expect(first).not.toBeNull();
    expect(await insertObservation(db, value("2025", 11))).toBeNull();
    expect(await insertObservation(db, { ...value("2025", 12), spatialUnit: "mitte" })).not.toBeNull();
    expect(await readCounter(db, "monitoring")).toBeGreaterThan(before);
    await db.transaction(async (tx) => {
      expect(await supersedeObservation(tx, first ?? "", now)).toBe(true);
      expect(await supersedeObservation(tx, first ?? "", now)).toBe(false);
      expect(
        await insertObservation(tx, { ...value("2025", 11), corrects: first, status: "corrected" }),
      ).not.toBeNull();
    });
    const all = await observationsOfMeasure(db, measureId, 100);
    expect(all.map((o) => [o.value, o.supersededAt === null]).sort()).toEqual([
      [10, false],
      [11, true],
      [12, true],
    ]);
  });

  it("number a model's versions once: a second version 2 is refused", async () => {
    const model = {
      measureId,
      version: 1,
      date: "2026-11-02",
      reason: "Erste Fassung der Ziele",
      goals: [],
      indicators: [],
    };
    expect(await insertModelVersion(database.db, { model, differences: [], by: account, now })).toBe(true);
    const next = { ...model, version: 2, reason: "Zweite Fassung" };
    expect(await insertModelVersion(database.db, { model: next, differences: [], by: null, now })).toBe(true);
    expect(await insertModelVersion(database.db, { model: next, differences: [], by: null, now })).toBe(false);
    expect((await currentModel(database.db, measureId))?.version).toBe(2);
  });

  it("export an account's values and versions, and keep them without the account once it is deleted", async () => {
    const ctx = {} as PersonalDataContext;
    const exported = (await monitoringPersonalData.export(database.db, account, ctx)) as {
      values: unknown[];
      logicModelVersions: unknown[];
    };
    expect(exported.values).toHaveLength(3);
    expect(exported.logicModelVersions).toHaveLength(1);
    await database.db.transaction((tx) => monitoringPersonalData.erase(tx, account, ctx));
    expect(await monitoringPersonalData.export(database.db, account, ctx)).toBeNull();
    const rows = await database.db
      .select()
      .from(monitoringObservations)
      .where(eq(monitoringObservations.measureId, measureId));
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.enteredBy === null)).toBe(true);
  });
});
