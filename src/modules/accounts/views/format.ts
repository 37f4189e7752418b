import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Locale } from "../../../platform/i18n/i18n";

/** Date and time as people in the city read them (`City.timeZone`), in the page's language. */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}
