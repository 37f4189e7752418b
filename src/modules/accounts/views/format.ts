import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Locale } from "../../../platform/i18n/i18n";

/** Date and time as people in Berlin read them, in the page's language. */
export function formatDateTime(date: Date, locale: Locale): string {
  return dateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(date);
}
