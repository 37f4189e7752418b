/**
 * Events are planned in the city's local time ("18:00 on 12 May"), stored as instants. Pure: Intl
 * only, no clock.
 */
export const CITY_TIME_ZONE = "Europe/Berlin";

/** The difference between the time zone's wall clock and UTC at an instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClock = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return wallClock - (instant - (((instant % 60_000) + 60_000) % 60_000));
}

/** The instant of a wall-clock time (`YYYY-MM-DD`, `HH:MM`) in the time zone. */
export function instantOf(day: string, time: string, timeZone: string = CITY_TIME_ZONE): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const guess = wall - offsetMs(wall, timeZone);
  // The offset at the guess may differ from the offset at the result when a clock change lies between.
  return new Date(wall - offsetMs(guess, timeZone));
}

/** The calendar day (`YYYY-MM-DD`) and wall-clock time (`HH:MM`) of an instant in the time zone. */
export function wallClockOf(instant: Date, timeZone: string = CITY_TIME_ZONE): { day: string; time: string } {
  const local = new Date(instant.getTime() + offsetMs(instant.getTime(), timeZone));
  const iso = local.toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}
