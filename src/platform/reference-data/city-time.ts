/**
 * The city's calendar: a resident's and a city employee's day is the day in the city's time zone
 * (`City.timeZone`, the city file's `time_zone`), not the UTC day and not the server's. "Today", a
 * deadline, the first and last day of a phase, the periods of indicators, a day in a filter or a
 * calendar: every module counts them with these functions (docs/decisions/0026 and 0028).
 * Pure: Intl only, no clock. Part of the reference data, so a module's domain/ may import it; the
 * zone is always handed in, by whoever holds the city.
 */

interface ZoneFormats {
  day: Intl.DateTimeFormat;
  wallClock: Intl.DateTimeFormat;
}

// The formatters are made once per zone: building one costs far more than using it.
const formatsByZone = new Map<string, ZoneFormats>();

function formatsOf(timeZone: string): ZoneFormats {
  let formats = formatsByZone.get(timeZone);
  if (!formats) {
    const date = {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    } as const;
    formats = {
      day: new Intl.DateTimeFormat("en-US", date),
      wallClock: new Intl.DateTimeFormat("en-US", {
        ...date,
        hourCycle: "h23",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      }),
    };
    formatsByZone.set(timeZone, formats);
  }
  return formats;
}

/**
 * The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or null when the text names no time
 * zone the platform knows (IANA names such as Europe/Berlin, America/New_York, UTC).
 */
export function timeZoneName(text: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function partsOf(format: Intl.DateTimeFormat, instant: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  return parts;
}

function padded(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

/** The calendar day of an instant in the city, `YYYY-MM-DD` (sortable as text). Throws for an invalid date. */
export function cityDay(instant: Date, timeZone: string): string {
  if (!Number.isFinite(instant.getTime())) throw new RangeError("invalid date");
  // The era is left out of the parts: the platform's days lie long after the year 1.
  const { year = 0, month = 0, day = 0 } = partsOf(formatsOf(timeZone).day, instant);
  return `${padded(year, 4)}-${padded(month, 2)}-${padded(day, 2)}`;
}

/**
 * The city's day and wall-clock time (`HH:MM`, 00:00 to 23:59) at an instant, as a clock on a wall
 * in the city shows them. Throws for an invalid date.
 */
export function cityWallClock(instant: Date, timeZone: string): { day: string; time: string } {
  if (!Number.isFinite(instant.getTime())) throw new RangeError("invalid date");
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0 } = partsOf(formatsOf(timeZone).wallClock, instant);
  return {
    day: `${padded(year, 4)}-${padded(month, 2)}-${padded(day, 2)}`,
    time: `${padded(hour, 2)}:${padded(minute, 2)}`,
  };
}

/**
 * How far the city's wall clock is ahead of UTC at an instant, in milliseconds (in Berlin one hour
 * in winter, two in summer; negative west of Greenwich).
 */
function offsetMs(instant: number, timeZone: string): number {
  const {
    year = 0,
    month = 1,
    day = 1,
    hour = 0,
    minute = 0,
    second = 0,
  } = partsOf(formatsOf(timeZone).wallClock, new Date(instant));
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** How far the city's wall clock is ahead of UTC at an instant, in milliseconds (negative west of Greenwich). */
export function cityUtcOffset(instant: Date, timeZone: string): number {
  return offsetMs(instant.getTime(), timeZone);
}

/**
 * The most a zone's clock is ahead of UTC (+14:00, the Line Islands) and behind it (−12:00): the
 * instant a wall-clock midnight happens lies between midnight UTC minus the one and plus the other.
 */
const LONGEST_AHEAD_MS = 14 * 3_600_000;
const LONGEST_BEHIND_MS = 12 * 3_600_000;

/**
 * The instant the city's day begins on the given date (year from 1000, month counted from 0, day
 * of the month; months and days beyond their range carry over as in `Date.UTC`): the first instant
 * whose wall clock reads midnight on that day. Only the offsets in force in the hours around that
 * midnight can be it: the one before and the one after a clock change, read at the ends of the 26
 * hours it can lie in (no zone changes its clock twice in a day). When a clock went back across
 * midnight (Berlin, 1 October 1916) the day began at its first midnight; when one jumped over
 * midnight (Berlin, 1 April 1893, from local mean time) it began at the jump. Berlin's clock changes
 * today happen at 02:00 and 03:00, never at midnight.
 */
export function cityMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wallMidnight = Date.UTC(year, month, day);
  // Midnight read with the offset in force before the window and with the one in force after it.
  const byOffsetBefore = wallMidnight - offsetMs(wallMidnight - LONGEST_AHEAD_MS, timeZone);
  const byOffsetAfter = wallMidnight - offsetMs(wallMidnight + LONGEST_BEHIND_MS, timeZone);
  const readsMidnight = (instant: number) => instant + offsetMs(instant, timeZone) === wallMidnight;
  const candidates = [byOffsetBefore, byOffsetAfter].sort((a, b) => a - b);
  // No candidate reads midnight only when the clock jumped over it; the day began at the jump.
  return new Date(candidates.find(readsMidnight) ?? byOffsetBefore);
}

/** The instant a calendar day (`YYYY-MM-DD`, checked by the caller) begins in the city. */
export function startOfCityDay(day: string, timeZone: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return cityMidnight(year, month - 1, date, timeZone);
}

/**
 * The instant a calendar day (`YYYY-MM-DD`, checked by the caller) is over in the city: the start of
 * the next day, 23, 24 or 25 hours after its own start (in Berlin; other zones' clock changes may
 * differ by other amounts).
 */
export function endOfCityDay(day: string, timeZone: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return cityMidnight(year, month - 1, date + 1, timeZone);
}
