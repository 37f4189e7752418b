import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPglite } from "../../../../tests/support/database";
import type { Database } from "../../../platform/db/database";
import type { IndicatorUse } from "../domain/indicator";
import { assessUse, districtAssessments, type StoredObservation, valueRows } from "../domain/monitoring-view";
import { nextPeriod } from "../domain/periods";
import { insertObservation, observationsOfMeasure, supersedeObservation, valuesShownOfMeasure } from "./observations";

let database: Database;
const now = new Date("2026-11-02T09:00:00Z");
const measureId = randomUUID();
const SHOWN = 5;

async function record(indicator: string, period: string, spatialUnit: string, value: number) {
  return insertObservation(database.db, {
    measureId,
    indicator,
    period,
    spatialUnit,
    value,
    status: "final",
    source: "form",
    note: "",
    enteredBy: null,
    now,
  });
}

/** Replaces the current value with a correction, as the correction form does. */
async function correct(id: string, indicator: string, period: string, spatialUnit: string, value: number) {
  expect(await supersedeObservation(database.db, id, now)).toBe(true);
  const made = await insertObservation(database.db, {
    measureId,
    indicator,
    period,
    spatialUnit,
    value,
    status: "corrected",
    source: "form",
    note: "berichtigt",
    corrects: id,
    enteredBy: null,
    now,
  });
  return made ?? "";
}

const use = (indicator: string, withBaseline: boolean): IndicatorUse => ({
  indicator,
  goal: "outcome",
  baseline: withBaseline ? { value: 5, date: "2019-01-01" } : null,
  targets: { "2027-Q4": 100 },
  targetNote: null,
  responsibleAccountId: null,
});

beforeAll(async () => {
  database = await freshPglite();
  // A city-wide use measured for 12 quarters, one value corrected twice and one once.
  let period = "2023-Q1";
  for (let i = 0; i < 12; i++) {
    const id = (await record("city-use", period, "city", 10 + i * 3)) ?? "";
    if (i === 11) await correct(await correct(id, "city-use", period, "city", 50), "city-use", period, "city", 49);
    if (i === 2) await correct(id, "city-use", period, "city", 17);
    period = nextPeriod(period);
  }
  // A use measured per district as well: four rows a period, so the shown values end mid-period,
  // over ten quarters, so that each district's own assessment reads only part of its history.
  period = "2024-Q1";
  for (let i = 0; i < 10; i++) {
    for (const [j, area] of ["city", "mitte", "neukoelln", "pankow"].entries()) {
      const id = (await record("area-use", period, area, 20 + i + j)) ?? "";
      if (i === 3 && area === "mitte") await correct(id, "area-use", period, area, 99);
    }
    period = nextPeriod(period);
  }
  // Another measure's values stay out.
  await insertObservation(database.db, {
    measureId: randomUUID(),
    indicator: "city-use",
    period: "2026-Q1",
    spatialUnit: "city",
    value: 1,
    status: "final",
    source: "form",
    note: "",
    enteredBy: null,
    now,
  });
});
afterAll(async () => database.close());

const definition = { direction: "increase", frequency: "quarterly" } as const;
const ofUse = (observations: readonly StoredObservation[], indicator: string) =>
  observations.filter((o) => o.indicator === indicator);

describe("the values a monitoring page reads", () => {
  it("are the newest current values with what they replaced, as if the whole history had been read", async () => {
    const all = await observationsOfMeasure(database.db, measureId, 1000);
    const read = await valuesShownOfMeasure(database.db, measureId, ["city-use", "area-use", "unmeasured"], SHOWN);
    for (const indicator of ["city-use", "area-use"]) {
      const expected = valueRows(ofUse(all, indicator));
      expect(valueRows(ofUse(read.observations, indicator)).slice(0, SHOWN)).toEqual(expected.slice(0, SHOWN));
      expect(read.currentCounts.get(indicator)).toBe(expected.length);
    }
    expect(read.currentCounts.get("unmeasured")).toBeUndefined();
    const cityRow = valueRows(ofUse(read.observations, "city-use"))[0];
    expect(cityRow?.replaced.map((o) => o.value)).toEqual([50, 43]);
  });

  it("hold what an assessment reads, with a baseline given and without", async () => {
    const all = await observationsOfMeasure(database.db, measureId, 1000);
    const read = await valuesShownOfMeasure(database.db, measureId, ["city-use", "area-use"], SHOWN);
    for (const indicator of ["city-use", "area-use"])
      for (const withBaseline of [true, false]) {
        const assessed = assessUse(use(indicator, withBaseline), definition, ofUse(read.observations, indicator), now);
        expect(assessed).toEqual(assessUse(use(indicator, withBaseline), definition, ofUse(all, indicator), now));
        expect(assessed?.latest).not.toBeNull();
      }
    const perDistrict = { ...definition, spatialUnit: "district" } as const;
    for (const withBaseline of [true, false]) {
      const districts = districtAssessments(
        use("area-use", withBaseline),
        perDistrict,
        ofUse(read.observations, "area-use"),
        now,
      );
      expect(districts.map((d) => d.district)).toEqual(["mitte", "neukoelln", "pankow"]);
      expect(districts).toEqual(
        districtAssessments(use("area-use", withBaseline), perDistrict, ofUse(all, "area-use"), now),
      );
    }
  });

  it("are read in far fewer rows than the whole history", async () => {
    const all = await observationsOfMeasure(database.db, measureId, 1000);
    const read = await valuesShownOfMeasure(database.db, measureId, ["city-use", "area-use"], SHOWN);
    expect(read.observations.length).toBeLessThan(all.length / 2);
  });
});
