import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Locale } from "../../../platform/i18n/i18n";

/** "Dienstag, 12. Mai 2026, 18:00 – 20:30" in the city's time (`City.timeZone`). */
export function formatWhen(event: { startsAt: Date; endsAt: Date }, locale: Locale, timeZone: string): string {
  const day = dateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  });
  const time = dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone });
  return `${day.format(event.startsAt)}, ${time.format(event.startsAt)} – ${time.format(event.endsAt)}`;
}

/** "12. Mai 2026" for a calendar day (`YYYY-MM-DD`). */
export function formatDay(day: string, locale: Locale): string {
  return dateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** "Mai 2026" for a month (`YYYY-MM`). */
export function formatMonth(month: string, locale: Locale): string {
  return dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** "18:00" in the city's time. */
export function formatTime(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(instant);
}
