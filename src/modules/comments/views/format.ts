import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Locale } from "../../../platform/i18n/i18n";

/** A day and time in the city's time zone (`City.timeZone`). */
export function dateTime(value: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(value);
}

/** The `lang` of text written in the other language than the page's, so screen readers pronounce it right. */
export function contentLang(language: string, locale: Locale): string | undefined {
  return language === locale ? undefined : language;
}
