/**
 * The platform's local time zone for "a day" of mail: the daily ceiling and the digest follow the
 * calendar of the people using it, not UTC midnight.
 */
export const LOCAL_TIME_ZONE = "Europe/Berlin";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in the given time zone, as `YYYY-MM-DD` (sortable as text). */
export function localDay(instant: Date, timeZone = LOCAL_TIME_ZONE): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}
