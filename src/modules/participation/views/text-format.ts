import type { Locale, Translate } from "../../../platform/i18n/i18n";

/**
 * Why one cannot comment on the draft now, and that reading goes on: the general refusal "not
 * possible in this phase" is said for comments here, so the sentence does not stand on its own.
 */
export function readOnlyNote(t: Translate, refusal: string): string {
  const why = refusal === "participation.errors.notInThisPhase" ? "participation.text.noCommentsInThisPhase" : refusal;
  return `${t(why)} ${t("participation.text.readOnly")}`;
}

/** A day as people write it in the city (`City.timeZone`): "4. Mai 2026", "4 May 2026". */
export function dateOf(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(date);
}
