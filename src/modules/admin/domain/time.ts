import { defaultTimeZone } from "../../../platform/reference-data";

/**
 * Dates in the administration are read and written in the city's time zone (`City.timeZone`),
 * whatever the server's zone is; the days are the platform's (`city-time.ts` in the reference
 * data). Pure: only Intl, no clock.
 */

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
