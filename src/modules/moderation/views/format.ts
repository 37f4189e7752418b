import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Locale } from "../../../platform/i18n/i18n";

/** A day and time in the city's time zone (`City.timeZone`). */
export function dateTime(value: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(value);
}

/** Where the report form for a resource is. */
export function reportHref(resource: { type: string; id: string }): string {
  return `/moderation/report?type=${encodeURIComponent(resource.type)}&id=${encodeURIComponent(resource.id)}`;
}
