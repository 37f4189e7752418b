import { dateTimeFormat } from "../../../platform/i18n/formats";
import { type Locale, localized } from "../../../platform/i18n/i18n";

export { processPath } from "../domain/process-path";

/** A text the office wrote in both languages, in the reader's (German where the English is missing). */
export function textIn(text: { de: string; en: string } | null | undefined, locale: Locale): string {
  return localized(text, locale);
}

/** "12. Mai 2026" in the city's time (`City.timeZone`). */
export function formatDate(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone }).format(instant);
}

/** "12. Mai – 2. Juni 2026": the first and the last day of a phase (which ends at midnight after its last day). */
export function formatPeriod(startsAt: Date, endsAt: Date, locale: Locale, timeZone: string): string {
  const lastDay = new Date(endsAt.getTime() - 1);
  return `${formatDate(startsAt, locale, timeZone)} – ${formatDate(lastDay, locale, timeZone)}`;
}
