import { describe, expect, it } from "vitest";
import type { IndicatorUse } from "./indicator";
import { assessUse, districtAssessments, type StoredObservation, valueRows } from "./monitoring-view";

const now = new Date("2026-11-02T09:00:00Z");

function observation(
  id: string,
  period: string,
  value: number,
  extra: Partial<StoredObservation> = {},
): StoredObservation {
  return {
    id,
    indicator: "x",
    period,
    spatialUnit: "city",
    value,
    status: "final",
    source: "form",
    note: "",
    corrects: null,
    supersededAt: null,
    enteredAt: now,
    demo: false,
    ...extra,
  };
}

const use: IndicatorUse = {
  indicator: "x",
  goal: "output",
  baseline: { value: 0, date: "2024-12-31" },
  targets: { "2027": 100 },
  targetNote: null,
  responsibleAccountId: null,
};

describe("the values of an indicator use", () => {
  it("show each period's current value, newest first, with the values it replaced", () => {
    const rows = valueRows([
      observation("a", "2024", 10, { supersededAt: now }),
      observation("b", "2024", 12, { corrects: "a", supersededAt: now }),
      observation("c", "2024", 13, { corrects: "b", status: "corrected" }),
      observation("d", "2025", 40),
    ]);
    expect(rows.map((row) => [row.observation.id, row.replaced.map((r) => r.id)])).toEqual([
      ["d", []],
      ["c", ["b", "a"]],
    ]);
  });

  it("are assessed on the current city values only, against the target that counts now", () => {
    const assessment = assessUse(
      use,
      { direction: "increase", frequency: "yearly" },
      [
        observation("a", "2025", 90, { supersededAt: now }),
        observation("b", "2025", 10, { corrects: "a", status: "corrected" }),
        observation("c", "2025", 95, { spatialUnit: "mitte" }),
      ],
      now,
    );
    expect(assessment?.latest?.value).toBe(10);
    expect(assessment?.target).toEqual({ period: "2027", value: 100 });
    expect(assessment?.status).toBe("off-track");
  });

  it("have no assessment without a definition", () => {
    expect(assessUse(use, null, [], now)).toBeNull();
  });
});

describe("an indicator measured per district", () => {
  const perDistrict = { direction: "increase", frequency: "yearly", spatialUnit: "district" } as const;
  const values = [
    observation("c", "2025", 10),
    observation("p1", "2024", 20, { spatialUnit: "pankow" }),
    observation("p2", "2025", 70, { spatialUnit: "pankow" }),
    observation("m1", "2025", 90, { spatialUnit: "mitte", supersededAt: now }),
    observation("m2", "2025", 5, { spatialUnit: "mitte", corrects: "m1", status: "corrected" }),
  ];

  it("assesses each district on its own current values against the same baseline and targets", () => {
    const districts = districtAssessments(use, perDistrict, values, now);
    expect(districts.map((d) => [d.district, d.assessment?.latest?.value, d.status])).toEqual([
      ["mitte", 5, "off-track"],
      ["pankow", 70, "on-track"],
    ]);
    // The measure-wide assessment stays the city's.
    expect(assessUse(use, perDistrict, values, now)?.latest?.value).toBe(10);
  });

  it("has no district rows for an indicator measured for the whole city, or without a definition", () => {
    expect(districtAssessments(use, { ...perDistrict, spatialUnit: "city" }, values, now)).toEqual([]);
    expect(districtAssessments(use, null, values, now)).toEqual([]);
  });

  it("gives a district whose only value was replaced and removed no row", () => {
    const gone = [observation("m1", "2025", 90, { spatialUnit: "mitte", supersededAt: now })];
    expect(districtAssessments(use, perDistrict, gone, now)).toEqual([]);
  });
});
