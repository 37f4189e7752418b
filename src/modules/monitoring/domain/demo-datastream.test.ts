import { describe, expect, it } from "vitest";
import { DEMO_DATASTREAM_START, demoReadings, readDemoFilter } from "./demo-datastream";

describe("the demo Datastream", () => {
  const now = new Date("2026-08-10T12:00:00Z");

  it("gives one reading per day in the range, oldest first, never after now", () => {
    const readings = demoReadings(new Date("2026-07-30T06:00:00Z"), new Date("2026-09-01T00:00:00Z"), now);
    expect(readings.map((r) => r.phenomenonTime)).toEqual([
      "2026-07-31T00:00:00.000Z",
      ...Array.from({ length: 10 }, (_, i) => `2026-08-${String(i + 1).padStart(2, "0")}T00:00:00.000Z`),
    ]);
    expect(demoReadings(new Date("2021-12-30T00:00:00Z"), new Date("2022-01-03T00:00:00Z"), now)).toHaveLength(2);
    expect(demoReadings(new Date("2027-01-01T00:00:00Z"), new Date("2027-02-01T00:00:00Z"), now)).toEqual([]);
  });

  it("counts between 0 and 17 stations, the same each time, rising from a few to nearly all", () => {
    const all = demoReadings(new Date(DEMO_DATASTREAM_START), now, now);
    expect(all.every((r) => Number.isInteger(r.result) && r.result >= 0 && r.result <= 17)).toBe(true);
    expect(demoReadings(new Date(DEMO_DATASTREAM_START), now, now)).toEqual(all);
    const mean = (year: string) => {
      const days = all.filter((r) => r.phenomenonTime.startsWith(year));
      return days.reduce((sum, r) => sum + r.result, 0) / days.length;
    };
    expect(mean("2022")).toBeLessThan(8);
    expect(mean("2023")).toBeGreaterThan(mean("2022"));
    expect(mean("2026")).toBeGreaterThan(15);
  });

  it("reads the filter the platform's fetch sends, and nothing else", () => {
    expect(
      readDemoFilter("phenomenonTime ge 2025-01-01T00:00:00.000Z and phenomenonTime lt 2026-01-01T00:00:00.000Z", now),
    ).toEqual({ from: new Date("2025-01-01T00:00:00Z"), to: new Date("2026-01-01T00:00:00Z") });
    expect(readDemoFilter(undefined, now)).toEqual({ from: new Date(DEMO_DATASTREAM_START), to: now });
    expect(readDemoFilter("phenomenonTime gt 2025-01-01T00:00:00Z", now)).toBeNull();
    expect(readDemoFilter("phenomenonTime ge yesterday and phenomenonTime lt today", now)).toBeNull();
  });
});
