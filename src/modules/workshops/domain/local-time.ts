import { cityUtcOffset, defaultTimeZone } from "../../../platform/reference-data";

/**
 * Events are planned in the city's local time ("18:00 on 12 May"), stored as instants; the zone is
 * the city's (`City.timeZone`), the offsets and days the platform's (`city-time.ts` in the
 * reference data). Pure: Intl only, no clock.
 */

/**
 * The instant of a wall-clock time (`YYYY-MM-DD`, `HH:MM`) in the time zone. A time the clock skips
 * (02:30 on the night it goes forward) is read with the offset before the change, an hour later
 * (03:30); a time it passes twice (02:30 on the night it goes back) is the second one.
 */
export function instantOf(day: string, time: string, timeZone: string = defaultTimeZone): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const guess = wall - cityUtcOffset(new Date(wall), timeZone);
  // The offset at the guess may differ from the offset at the result when a clock change lies between.
  return new Date(wall - cityUtcOffset(new Date(guess), timeZone));
}
