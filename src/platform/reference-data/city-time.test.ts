import { describe, expect, it } from "vitest";
import {
  cityDay,
  cityMidnight,
  cityUtcOffset,
  cityWallClock,
  endOfCityDay,
  startOfCityDay,
  timeZoneName,
} from "./city-time";

const berlin = "Europe/Berlin";

describe("the city's days (Europe/Berlin)", () => {
  it("names the day of an instant as Berlin's calendar does, whatever the UTC date", () => {
    expect(cityDay(new Date("2026-03-31T22:30:00Z"), berlin)).toBe("2026-04-01");
    expect(cityDay(new Date("2026-12-31T23:30:00Z"), berlin)).toBe("2027-01-01");
    expect(cityDay(new Date("2026-01-01T00:00:00Z"), berlin)).toBe("2026-01-01");
    expect(() => cityDay(new Date(Number.NaN), berlin)).toThrow(RangeError);
  });

  it("begins a day at midnight in Berlin: 23:00 UTC in winter, 22:00 UTC in summer", () => {
    expect(startOfCityDay("2026-01-15", berlin).toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfCityDay("2026-07-15", berlin).toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(cityMidnight(2026, 0, 1, berlin).toISOString()).toBe("2025-12-31T23:00:00.000Z");
    // Months and days beyond their range carry over: the 32nd of December is the 1st of January.
    expect(cityMidnight(2026, 11, 32, berlin).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(cityMidnight(2026, 12, 1, berlin).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("ends the days of the clock changes after 23 and 25 hours", () => {
    const hours = (day: string) =>
      (endOfCityDay(day, berlin).getTime() - startOfCityDay(day, berlin).getTime()) / 3_600_000;
    expect(endOfCityDay("2026-03-29", berlin).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(endOfCityDay("2026-10-25", berlin).toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-07-15")).toBe(24);
  });

  it("begins a day at its first midnight when the clock went back across midnight (1 October 1916)", () => {
    // Summer time ended at 01:00, so midnight came twice; the day began at the first.
    expect(startOfCityDay("1916-10-01", berlin).toISOString()).toBe("1916-09-30T22:00:00.000Z");
    expect(cityDay(new Date("1916-09-30T21:59:59.999Z"), berlin)).toBe("1916-09-30");
    expect(cityDay(new Date("1916-09-30T22:00:00.000Z"), berlin)).toBe("1916-10-01");
  });

  it("reads the wall clock and its distance from UTC", () => {
    expect(cityWallClock(new Date("2026-07-01T16:00:45Z"), berlin)).toEqual({ day: "2026-07-01", time: "18:00" });
    expect(cityWallClock(new Date("2026-12-31T23:30:00Z"), berlin)).toEqual({ day: "2027-01-01", time: "00:30" });
    expect(cityUtcOffset(new Date("2026-01-15T12:00:00Z"), berlin)).toBe(3_600_000);
    expect(cityUtcOffset(new Date("2026-07-15T12:00:00Z"), berlin)).toBe(7_200_000);
  });
});

describe("the days of a city in another time zone", () => {
  it("counts a city west of Greenwich, whose midnight is in the UTC morning", () => {
    const newYork = "America/New_York";
    expect(startOfCityDay("2026-01-15", newYork).toISOString()).toBe("2026-01-15T05:00:00.000Z");
    expect(cityDay(new Date("2026-01-16T04:59:59.999Z"), newYork)).toBe("2026-01-15");
    expect(cityDay(new Date("2026-01-16T05:00:00Z"), newYork)).toBe("2026-01-16");
    expect(endOfCityDay("2026-03-08", newYork).getTime() - startOfCityDay("2026-03-08", newYork).getTime()).toBe(
      23 * 3_600_000,
    );
    expect(cityUtcOffset(new Date("2026-01-15T12:00:00Z"), newYork)).toBe(-5 * 3_600_000);
  });

  it("counts offsets of half hours", () => {
    expect(startOfCityDay("2026-05-01", "Asia/Kolkata").toISOString()).toBe("2026-04-30T18:30:00.000Z");
  });

  it("begins a day at the jump when the clock jumped over midnight (São Paulo, 4 November 2018)", () => {
    const saoPaulo = "America/Sao_Paulo";
    expect(startOfCityDay("2018-11-04", saoPaulo).toISOString()).toBe("2018-11-04T03:00:00.000Z");
    expect(cityWallClock(startOfCityDay("2018-11-04", saoPaulo), saoPaulo)).toEqual({
      day: "2018-11-04",
      time: "01:00",
    });
    expect(endOfCityDay("2018-11-03", saoPaulo)).toEqual(startOfCityDay("2018-11-04", saoPaulo));
  });
});

describe("time zone names", () => {
  it("knows IANA names by their canonical spelling and refuses others", () => {
    expect(timeZoneName("Europe/Berlin")).toBe("Europe/Berlin");
    expect(timeZoneName("europe/berlin")).toBe("Europe/Berlin");
    expect(timeZoneName("UTC")).toBe("UTC");
    expect(timeZoneName("Mars/Olympus_Mons")).toBeNull();
    expect(timeZoneName("")).toBeNull();
  });
});
