import { describe, expect, it } from "vitest";
import type { IndicatorUse } from "./indicator";
import { assessUse, type StoredObservation, valueRows } from "./monitoring-view";

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
