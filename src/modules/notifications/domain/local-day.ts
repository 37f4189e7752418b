import { cityDay, defaultTimeZone } from "../../../platform/reference-data";

/**
 * "A day" of mail is the city's calendar day (`City.timeZone`): the daily ceiling and the digest
 * follow the calendar of the people using the platform, not UTC midnight.
 */

/** The calendar day of an instant in the given time zone, as `YYYY-MM-DD` (sortable as text). */
export function localDay(instant: Date, timeZone: string = defaultTimeZone): string {
  return cityDay(instant, timeZone);
}
