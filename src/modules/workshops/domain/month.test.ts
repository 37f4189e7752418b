import { describe, expect, it } from "vitest";
import { cityWallClock } from "../../../platform/reference-data";
import { instantOf } from "./local-time";
import { isMonthKey, monthGrid, shiftMonth } from "./month";

describe("the month calendar", () => {
  it("lays May 2026 out in weeks from Monday, with each event on its local day", () => {
    // 1 May 2026 is a Friday; an event at 00:30 Berlin time on 2 May is 22:30 UTC on 1 May.
    const late = { id: "late", startsAt: instantOf("2026-05-02", "00:30") };
    const weeks = monthGrid("2026-05", [late, { id: "other", startsAt: instantOf("2026-05-31", "18:00") }]);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((d) => d.day)).toEqual([
      "2026-04-27",
      "2026-04-28",
      "2026-04-29",
      "2026-04-30",
      "2026-05-01",
      "2026-05-02",
      "2026-05-03",
    ]);
    expect(weeks[0]?.[0]?.inMonth).toBe(false);
    expect(weeks[0]?.[5]?.events.map((e) => e.id)).toEqual(["late"]);
    expect(weeks[4]?.[6]).toMatchObject({ day: "2026-05-31", inMonth: true });
    expect(weeks[4]?.[6]?.events.map((e) => e.id)).toEqual(["other"]);
  });

  it("moves between months across the turn of the year and knows a month key", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(isMonthKey("2026-13")).toBe(false);
    expect(isMonthKey("2026-02")).toBe(true);
  });
});

describe("local time of the city", () => {
  it("reads wall-clock times in summer and winter time and gives them back", () => {
    expect(instantOf("2026-07-01", "18:00").toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(instantOf("2026-01-15", "09:30").toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(cityWallClock(new Date("2026-07-01T16:00:00Z"), "Europe/Berlin")).toEqual({
      day: "2026-07-01",
      time: "18:00",
    });
    // The night the clocks go forward (29 March 2026, 02:00 → 03:00).
    expect(instantOf("2026-03-29", "03:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});
