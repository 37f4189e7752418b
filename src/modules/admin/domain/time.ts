import { defaultTimeZone, endOfCityDay, startOfCityDay } from "../../../platform/reference-data";

/**
 * Dates in the administration are read and written in the city's time zone (`City.timeZone`),
 * whatever the server's zone is; the days are the platform's (`city-time.ts` in the reference
 * data). Pure: only Intl, no clock.
 */

/** The instant a calendar day (`YYYY-MM-DD`) begins in the time zone. */
export function startOfDay(day: string, timeZone: string = defaultTimeZone): Date {
  return startOfCityDay(day, timeZone);
}

/** The instant the day after `day` begins: the exclusive end of a range that includes `day`. */
export function endOfDay(day: string, timeZone: string = defaultTimeZone): Date {
  return endOfCityDay(day, timeZone);
}

/** A date and time for people, e.g. "02.03.2025, 14:05:09" in German. */
export function formatDateTime(instant: Date, locale: "de" | "en", timeZone: string = defaultTimeZone): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  }).format(instant);
}

export function formatDate(instant: Date, locale: "de" | "en", timeZone: string = defaultTimeZone): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone }).format(
    instant,
  );
}
