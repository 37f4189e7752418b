import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cityDay, startOfCityDay } from "../../../platform/reference-data";
import { frequencies, periodContaining, periodEnd, periodStart } from "./periods";
import { deadlineMoment } from "./review-round";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const berlin = "Europe/Berlin";

/** Berlin, the demo city, and cities west of Greenwich, half an hour off, and on the other side of the world. */
const zones = fc.constantFrom(berlin, "America/New_York", "Asia/Kolkata", "Australia/Sydney");

/** Instants from 1901 to 2098, across two world wars' clock rules and today's. */
const instant = fc.date({
  min: new Date("1901-01-01T00:00:00Z"),
  max: new Date("2098-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});

describe("deadlines and periods in the city's calendar (days: src/platform/reference-data/city-time.ts)", () => {
  it("ends a deadline day after any instant of it, and no later than a day and an hour after it", () => {
    fc.assert(
      fc.property(instant, (at) => {
        const end = deadlineMoment(cityDay(at, berlin));
        expect(end.getTime()).toBeGreaterThan(at.getTime());
        expect(end.getTime() - at.getTime()).toBeLessThanOrEqual(DAY_MS + HOUR_MS);
        expect(cityDay(new Date(end.getTime() - 1), berlin)).toBe(cityDay(at, berlin));
        expect(startOfCityDay(cityDay(at, berlin), berlin).getTime()).toBeLessThanOrEqual(at.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it("puts an instant into the month and year of its city day, periods running from midnight to midnight", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...frequencies), zones, (at, frequency, zone) => {
        const today = cityDay(at, zone);
        expect(periodContaining(at, "monthly", zone)).toBe(today.slice(0, 7));
        expect(periodContaining(at, "yearly", zone)).toBe(today.slice(0, 4));
        // A period starts and ends at midnight in the city, on the first of a month.
        const period = periodContaining(at, frequency, zone);
        const start = periodStart(period, zone);
        const end = periodEnd(period, zone);
        expect(cityDay(start, zone).slice(8)).toBe("01");
        expect(start).toEqual(startOfCityDay(cityDay(start, zone), zone));
        expect(cityDay(end, zone).slice(8)).toBe("01");
        expect(end).toEqual(startOfCityDay(cityDay(end, zone), zone));
        expect(start.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(end.getTime()).toBeGreaterThan(at.getTime());
      }),
      { numRuns: 300 },
    );
  });
});
