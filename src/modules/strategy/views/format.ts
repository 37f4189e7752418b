import { dateTimeFormat, numberFormat } from "../../../platform/i18n/formats";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { type City, districtName, stakeholderGroupName } from "../../../platform/reference-data";
import type { BilingualText, MeasureStatus, MeasureType } from "../domain/model";
import { pick } from "../domain/model";

/** Names of the catalogue's codes in the reader's language. */
export const typeLabel = (t: Translate, type: MeasureType) => t(`strategy.type.${type}`);
export const statusLabel = (t: Translate, status: MeasureStatus | null) =>
  status ? t(`strategy.status.${status}`) : t("strategy.notStated");
export const originLabel = (t: Translate, origin: string) => t(`strategy.origin.${origin}`);
export const stakeholderLabel = (t: Translate, city: City, locale: Locale, kind: string | null) =>
  stakeholderGroupName(city, kind, locale) ?? t("strategy.notStated");
export const districtLabel = (city: City, locale: Locale, key: string) => districtName(city, key, locale) ?? key;

export { pick };

/**
 * The text in the reader's language; where only the other language exists, that text with its
 * language (`lang`), so the page can mark it for screen readers.
 */
export function localizedText(text: BilingualText, locale: Locale): { text: string; lang: Locale | undefined } {
  if (locale === "en" && !text.en && text.de) return { text: text.de, lang: "de" };
  if (locale === "de" && !text.de && text.en) return { text: text.en, lang: "en" };
  return { text: pick(text, locale), lang: undefined };
}

const months = {
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** "2022-07" → "Juli 2022" / "July 2022"; "2024-03-12" → "12. März 2024" / "12 March 2024". */
export function formatPartialDate(date: string | null, locale: Locale): string {
  if (!date) return "";
  const [year, month, day] = date.split("-");
  if (!month) return year ?? date;
  const name = months[locale][Number(month) - 1] ?? month;
  if (!day) return `${name} ${year}`;
  return locale === "de" ? `${Number(day)}. ${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

export function formatPeriod(t: Translate, locale: Locale, start: string | null, end: string | null): string {
  if (start && end)
    return t("strategy.period.range", { start: formatPartialDate(start, locale), end: formatPartialDate(end, locale) });
  if (start) return t("strategy.period.from", { start: formatPartialDate(start, locale) });
  if (end) return t("strategy.period.until", { end: formatPartialDate(end, locale) });
  return "";
}

/** A day and time in the city's time zone (`City.timeZone`). */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

export function formatEuro(amount: number, locale: Locale): string {
  return numberFormat(locale, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A day in the city's time zone. */
export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "long",
    timeZone,
  }).format(date);
}

/**
 * The unit of an indicator as people read it: the file stores a code (`m3_per_year`), the page
 * shows its label (`m³ pro Jahr`). A code without a label is made readable (`bookings_per_week` →
 * "bookings per week"), never shown raw.
 */
export function unitLabel(t: Translate, code: string | null): string {
  if (!code) return "";
  const key = `strategy.unit.${code}`;
  const label = t(key);
  if (label !== key) return label;
  const per = t("strategy.unit.per");
  return code
    .split(/_per_/)
    .map((part) => part.replace(/[_-]+/g, " ").trim())
    .join(` ${per} `);
}

/** An indicator's value, baseline or target as text: numbers in the reader's format, yes/no in words. */
export function indicatorValue(t: Translate, locale: Locale, value: string | null): string {
  if (value === null || value === "") return "";
  if (value === "yes" || value === "true") return t("strategy.yes");
  if (value === "no" || value === "false") return t("strategy.no");
  if (/^-?\d+(\.\d+)?$/.test(value)) return numberFormat(locale).format(Number(value));
  return value;
}
