import { dateTimeFormat, numberFormat } from "../../../platform/i18n/formats";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { referenceNumber } from "../domain/entry";

export const kindLabel = (t: Translate, kind: string) => t(`arena.kind.${kind}`);
export const stateLabel = (t: Translate, state: string) => t(`arena.state.${state}`);
export const resourceLabel = (t: Translate, type: string) => t(`arena.resource.${type}`);
export { referenceNumber };

/** The badge tone of a state: answers stand out, open states stay quiet. */
export function stateTone(state: string): "info" | "success" | "warning" | undefined {
  if (state === "accepted") return "success";
  if (state === "declined") return "warning";
  return undefined;
}

/** `lang` for text written in the other language than the page's (WCAG 3.1.2). */
export const contentLang = (language: string, locale: string) => (language === locale ? undefined : language);

export const formatNumber = (n: number, locale: Locale) => numberFormat(locale).format(n);
/** A day in the city's time zone (`City.timeZone`). */
export const formatDate = (date: Date, locale: Locale, timeZone: string) =>
  dateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);
