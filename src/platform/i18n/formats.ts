import type { Locale } from "./i18n";

/**
 * Number and date formatters in the reader's language. Making an Intl formatter costs far more than
 * using one (it showed as a twentieth of the time of a measure page made afresh), and a formatter
 * holds no state between calls, so one is kept per language and options and shared.
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

const languageTag = (locale: Locale) => (locale === "de" ? "de-DE" : "en-GB");

function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(languageTag(locale), options));
}

export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(languageTag(locale), options));
}
