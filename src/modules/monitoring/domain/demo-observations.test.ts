import { describe, expect, it } from "vitest";
import { convertDemoIndicators, type DemoIndicator } from "./demo-indicators";
import { demoObservations, seededRandom, textHash } from "./demo-observations";
import { isComplete } from "./periods";

const now = new Date("2026-11-02T09:00:00Z");
const options = { baselineDate: "2022-12-20", targetPeriod: "2027" };

function indicator(entry: Record<string, unknown>): DemoIndicator {
  const result = convertDemoIndicators("Z9", [{ level: "output", name_en: "Something", ...entry }], options);
  if (!result.ok || !result.indicators[0]) throw new Error(JSON.stringify(result));
  return result.indicators[0];
}

const series = (entry: Record<string, unknown>, seed = 7) =>
  demoObservations(indicator(entry), {
    now,
    baselineDate: options.baselineDate,
    random: seededRandom(seed),
    maxPeriods: 12,
  });

describe("demo values", () => {
  it("are the same for the same seed and differ for another", () => {
    const entry = { unit: "persons", baseline: 0, target: 1500, frequency: "quarterly" };
    expect(series(entry)).toEqual(series(entry));
    expect(series(entry, 8)).not.toEqual(series(entry));
  });

  it("cover the newest complete periods, all final but the newest", () => {
    const values = series({ unit: "persons", baseline: 0, target: 1500, frequency: "quarterly" });
    expect(values).toHaveLength(12);
    expect(values.at(-1)).toMatchObject({ period: "2026-Q3", status: "provisional" });
    expect(values[0]?.period).toBe("2023-Q4");
    expect(values.slice(0, -1).every((v) => v.status === "final")).toBe(true);
    expect(values.every((v) => isComplete(v.period, now))).toBe(true);
    expect(values.every((v) => Number.isInteger(v.value) && v.value >= 0)).toBe(true);
  });

  it("keep shares between 0 and 100 and yes-no values at 0 or 1", () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const v of series({ unit: "percent", target: 100 }, seed)) expect(v.value).toBeLessThanOrEqual(100);
      for (const v of series({ unit: "bool", target: true }, seed)) expect([0, 1]).toContain(v.value);
    }
  });

  it("start above the target for less-is-better indicators without a baseline", () => {
    const values = series({ unit: "ug_m3", name_en: "Nitrogen dioxide", target: 20 });
    expect(values[0]?.value).toBeGreaterThan(20);
  });

  it("come from a generator that stays in [0, 1) and spreads indicator keys", () => {
    const random = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(textHash("z1-a")).not.toBe(textHash("z1-b"));
  });
});
