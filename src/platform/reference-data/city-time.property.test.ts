import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cityDay, endOfCityDay, startOfCityDay } from "./city-time";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Berlin, the demo city, and cities west of Greenwich, half an hour off, and on the other side of the world. */
const zones = fc.constantFrom("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney");

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

describe("days in the city's calendar", () => {
  it("ends the day of any instant after that instant, and no later than a day and an hour after it", () => {
    fc.assert(
      fc.property(instant, zones, (at, zone) => {
        const end = endOfCityDay(cityDay(at, zone), zone);
        expect(end.getTime()).toBeGreaterThan(at.getTime());
        expect(end.getTime() - at.getTime()).toBeLessThanOrEqual(DAY_MS + HOUR_MS);
        // The instant before the end still belongs to the day; the day began at or before the instant.
        expect(cityDay(new Date(end.getTime() - 1), zone)).toBe(cityDay(at, zone));
        expect(startOfCityDay(cityDay(at, zone), zone).getTime()).toBeLessThanOrEqual(at.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it("lets the next day begin where a day ends, 23, 24 or 25 hours after the day began in Berlin", () => {
    fc.assert(
      fc.property(day, (deadline) => {
        const berlin = "Europe/Berlin";
        const end = endOfCityDay(deadline, berlin);
        expect(cityDay(end, berlin)).toBe(dayAfter(deadline));
        expect(cityDay(new Date(end.getTime() - 1), berlin)).toBe(deadline);
        expect(startOfCityDay(dayAfter(deadline), berlin)).toEqual(end);
        const hours = (end.getTime() - startOfCityDay(deadline, berlin).getTime()) / HOUR_MS;
        expect([23, 24, 25]).toContain(hours);
      }),
      { numRuns: 300 },
    );
  });

  it("lets the next day begin where a day ends in every zone, a day's length off by at most an hour", () => {
    fc.assert(
      fc.property(day, zones, (deadline, zone) => {
        const end = endOfCityDay(deadline, zone);
        expect(cityDay(end, zone)).toBe(dayAfter(deadline));
        expect(cityDay(new Date(end.getTime() - 1), zone)).toBe(deadline);
        expect(startOfCityDay(dayAfter(deadline), zone)).toEqual(end);
        const hours = (end.getTime() - startOfCityDay(deadline, zone).getTime()) / HOUR_MS;
        expect(hours).toBeGreaterThanOrEqual(23);
        expect(hours).toBeLessThanOrEqual(25);
      }),
      { numRuns: 300 },
    );
  });
});
