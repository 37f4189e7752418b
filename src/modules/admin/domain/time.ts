/**
 * Dates in the administration are read and written in the city's time zone, whatever the server's
 * zone is. Pure: only Intl, no clock.
 */
const cityTimeZone = "Europe/Berlin";

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClock = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wallClock - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in the time zone. */
export function startOfDay(day: string, timeZone: string = cityTimeZone): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const midnightUtc = Date.UTC(year, month - 1, date);
  const first = midnightUtc - offsetMs(midnightUtc, timeZone);
  // The offset at the guess may differ from the offset at the result when a clock change lies between.
  return new Date(midnightUtc - offsetMs(first, timeZone));
}

/** The instant the day after `day` begins: the exclusive end of a range that includes `day`. */
export function endOfDay(day: string, timeZone: string = cityTimeZone): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return startOfDay(next, timeZone);
}

/** A date and time for people, e.g. "02.03.2025, 14:05:09" in German. */
export function formatDateTime(instant: Date, locale: "de" | "en", timeZone: string = cityTimeZone): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  }).format(instant);
}

export function formatDate(instant: Date, locale: "de" | "en", timeZone: string = cityTimeZone): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone }).format(
    instant,
  );
}
