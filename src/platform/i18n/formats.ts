import type { Locale } from "./i18n";

/**
 * Number and date formatters in the reader's language. Making an Intl formatter costs far more than
 * using one (it showed as a twentieth of the time of a measure page made afresh), and a formatter
 * holds no state between calls, so one is kept per language and options and shared.
 */
const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

const languageTag = (locale: Locale) => (locale === "de" ? "de-DE" : "en-GB");

export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(languageTag(locale), options);
    numbers.set(key, format);
  }
  return format;
}

export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTag(locale), options);
    dates.set(key, format);
  }
  return format;
}
