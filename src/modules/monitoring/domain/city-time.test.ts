import { describe, expect, it } from "vitest";
import { cityDay, cityMidnight, endOfCityDay, startOfCityDay } from "./city-time";

describe("the city's days (Europe/Berlin)", () => {
  it("names the day of an instant as Berlin's calendar does, whatever the UTC date", () => {
    expect(cityDay(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01");
    expect(cityDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(cityDay(new Date("2026-01-01T00:00:00Z"))).toBe("2026-01-01");
    expect(() => cityDay(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("begins a day at midnight in Berlin: 23:00 UTC in winter, 22:00 UTC in summer", () => {
    expect(startOfCityDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfCityDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(cityMidnight(2026, 0, 1).toISOString()).toBe("2025-12-31T23:00:00.000Z");
    // Months and days beyond their range carry over: the 32nd of December is the 1st of January.
    expect(cityMidnight(2026, 11, 32).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(cityMidnight(2026, 12, 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("ends the days of the clock changes after 23 and 25 hours", () => {
    const hours = (day: string) => (endOfCityDay(day).getTime() - startOfCityDay(day).getTime()) / 3_600_000;
    expect(endOfCityDay("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(endOfCityDay("2026-10-25").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-07-15")).toBe(24);
  });

  it("begins a day at its first midnight when the clock went back across midnight (1 October 1916)", () => {
    // Summer time ended at 01:00, so midnight came twice; the day began at the first.
    expect(startOfCityDay("1916-10-01").toISOString()).toBe("1916-09-30T22:00:00.000Z");
    expect(cityDay(new Date("1916-09-30T21:59:59.999Z"))).toBe("1916-09-30");
    expect(cityDay(new Date("1916-09-30T22:00:00.000Z"))).toBe("1916-10-01");
  });
});
