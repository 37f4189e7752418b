import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startOfCityDay } from "./city-time";
import { dayOf } from "./indicator";
import { frequencies, periodContaining, periodEnd, periodStart } from "./periods";
import { deadlineMoment } from "./review-round";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Instants from 1901 to 2098, across two world wars' clock rules and today's. */
const instant = fc.date({
  min: new Date("1901-01-01T00:00:00Z"),
  max: new Date("2098-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});
/** Calendar days of the same years, as `YYYY-MM-DD`. */
const day = fc
  .integer({ min: Date.UTC(1901, 0, 1) / DAY_MS, max: Date.UTC(2098, 11, 31) / DAY_MS })
  .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));

/** The calendar day after `day`, counted on the calendar alone (no time zone). */
function dayAfter(text: string): string {
  return new Date(Date.parse(`${text}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

describe("days and deadlines in the city's calendar", () => {
  it("ends the day of any instant after that instant, and no later than a day and an hour after it", () => {
    fc.assert(
      fc.property(instant, (at) => {
        const end = deadlineMoment(dayOf(at));
        expect(end.getTime()).toBeGreaterThan(at.getTime());
        expect(end.getTime() - at.getTime()).toBeLessThanOrEqual(DAY_MS + HOUR_MS);
        // The instant before the end still belongs to the day; the day began at or before the instant.
        expect(dayOf(new Date(end.getTime() - 1))).toBe(dayOf(at));
        expect(startOfCityDay(dayOf(at)).getTime()).toBeLessThanOrEqual(at.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it("lets the day after a deadline begin at the deadline moment, 23, 24 or 25 hours after the day began", () => {
    fc.assert(
      fc.property(day, (deadline) => {
        const end = deadlineMoment(deadline);
        expect(dayOf(end)).toBe(dayAfter(deadline));
        expect(dayOf(new Date(end.getTime() - 1))).toBe(deadline);
        expect(startOfCityDay(dayAfter(deadline))).toEqual(end);
        const hours = (end.getTime() - startOfCityDay(deadline).getTime()) / HOUR_MS;
        expect([23, 24, 25]).toContain(hours);
      }),
      { numRuns: 300 },
    );
  });

  it("puts an instant into the month and year of its day in the city, periods running from midnight to midnight", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...frequencies), (at, frequency) => {
        const today = dayOf(at);
        expect(periodContaining(at, "monthly")).toBe(today.slice(0, 7));
        expect(periodContaining(at, "yearly")).toBe(today.slice(0, 4));
        // A period starts and ends at midnight in the city, on the first of a month.
        const period = periodContaining(at, frequency);
        const start = periodStart(period);
        const end = periodEnd(period);
        expect(dayOf(start).slice(8)).toBe("01");
        expect(start).toEqual(startOfCityDay(dayOf(start)));
        expect(dayOf(end).slice(8)).toBe("01");
        expect(end).toEqual(startOfCityDay(dayOf(end)));
      }),
      { numRuns: 300 },
    );
  });
});
