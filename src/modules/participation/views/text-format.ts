import type { Locale } from "../../../platform/i18n/i18n";

/** A day as people write it: "4. Mai 2026", "4 May 2026". */
export function dateOf(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Berlin",
  }).format(date);
}
