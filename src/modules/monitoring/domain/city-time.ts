/**
 * The city's calendar: a resident's and a city employee's day is the day in the city's time zone, not
 * the UTC day. "Today", a review round's deadline, the day of a logic model's version and the
 * periods of indicators (docs/decisions/0026-days-in-the-citys-time-zone.md) all count in it.
 * Pure: Intl only, no clock.
 *
 * Other modules keep the same zone as a constant of their own (admin, notifications, participation,
 * workshops); no shared place exists that a domain/ folder may import code from, so monitoring keeps
 * its own here until the city file names the zone.
 */
export const CITY_TIME_ZONE = "Europe/Berlin";

// Both formatters are made once: building one costs far more than using it.
const dayFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: CITY_TIME_ZONE,
  calendar: "gregory",
  numberingSystem: "latn",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const wallClockFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: CITY_TIME_ZONE,
  calendar: "gregory",
  numberingSystem: "latn",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function partsOf(format: Intl.DateTimeFormat, instant: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  return parts;
}

function padded(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

/** The calendar day of an instant in the city, `YYYY-MM-DD` (sortable as text). Throws for an invalid date. */
export function cityDay(instant: Date): string {
  if (!Number.isFinite(instant.getTime())) throw new RangeError("invalid date");
  // The era is left out of the parts: the platform's days lie long after the year 1.
  const { year = 0, month = 0, day = 0 } = partsOf(dayFormat, instant);
  return `${padded(year, 4)}-${padded(month, 2)}-${padded(day, 2)}`;
}

/**
 * How far the city's wall clock is ahead of UTC at an instant, in milliseconds (one hour in winter,
 * two in summer; never negative, which periods.ts relies on).
 */
function offsetMs(instant: number): number {
  const {
    year = 0,
    month = 1,
    day = 1,
    hour = 0,
    minute = 0,
    second = 0,
  } = partsOf(wallClockFormat, new Date(instant));
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The most the city's clock was ever ahead of UTC: three hours, in the summers of 1945 and 1947. */
const LONGEST_OFFSET_MS = 3 * 3_600_000;

/**
 * The instant the city's day begins on the given date (year from 1000, month counted from 0, day
 * of the month; months and days beyond their range carry over as in `Date.UTC`): the first instant
 * whose wall clock reads midnight on that day. Only the offsets in force in the hours before that
 * midnight can be it, at most two. When a clock went back across midnight (1 October 1916) the day
 * began at its first midnight; when one jumped over midnight (1 April 1893, from local mean time)
 * it began at the jump. Today's clock changes happen at 02:00 and 03:00, never at midnight.
 */
export function cityMidnight(year: number, month: number, day: number): Date {
  const wallMidnight = Date.UTC(year, month, day);
  // Midnight read with the offset of three hours before it, and with the offset at midnight UTC.
  const byOffsetBefore = wallMidnight - offsetMs(wallMidnight - LONGEST_OFFSET_MS);
  const byOffsetAfter = wallMidnight - offsetMs(wallMidnight);
  const readsMidnight = (instant: number) => instant + offsetMs(instant) === wallMidnight;
  const candidates = [byOffsetBefore, byOffsetAfter].sort((a, b) => a - b);
  // No candidate reads midnight only when the clock jumped over it; the day began at the jump.
  return new Date(candidates.find(readsMidnight) ?? byOffsetBefore);
}

/** The instant a calendar day (`YYYY-MM-DD`, checked by the caller) begins in the city. */
export function startOfCityDay(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return cityMidnight(year, month - 1, date);
}

/**
 * The instant a calendar day (`YYYY-MM-DD`, checked by the caller) is over in the city: the start of
 * the next day, 23, 24 or 25 hours after its own start.
 */
export function endOfCityDay(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return cityMidnight(year, month - 1, date + 1);
}
