import { dateTimeFormat, numberFormat } from "../../../platform/i18n/formats";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { type City, cityDay, defaultTimeZone, districtName } from "../../../platform/reference-data";
import type { IndicatorDefinition } from "../domain/indicator";
import type { Bilingual, Goal } from "../domain/logic-model";
import { frequencyOf, type PeriodKey } from "../domain/periods";
import { checkUnit } from "../domain/units";

/** How the monitoring pages write numbers, units, periods and dates in the reader's language. */

export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

const unitLabels = new Map<string, Bilingual>();

/** The unit's name in the reader's language ("Personen"); the code itself only if it has no name. */
export function unitLabel(locale: Locale, code: string): string {
  let label = unitLabels.get(code);
  if (!label) {
    const checked = checkUnit(code);
    label = checked.ok ? checked.label : { de: code, en: code };
    unitLabels.set(code, label);
  }
  return label[locale];
}

/** A value as people read it: "1.500 Personen", "42 %", "ja". */
export function formatValue(
  t: Translate,
  locale: Locale,
  value: number,
  definition: Pick<IndicatorDefinition, "unit" | "valueKind"> | null,
): string {
  if (!definition) return formatNumber(locale, value);
  if (definition.valueKind === "yes-no") return t(value >= 1 ? "monitoring.value.yes" : "monitoring.value.no");
  const number = formatNumber(locale, value);
  if (definition.unit === "%") return `${number} %`;
  if (definition.unit === "1") return number;
  return `${number} ${unitLabel(locale, definition.unit)}`;
}

/** "2025", "1. Halbjahr 2025", "3. Quartal 2025", "Juli 2025"; a text that is no period as it is. */
export function periodLabel(t: Translate, locale: Locale, key: PeriodKey): string {
  const frequency = frequencyOf(key);
  if (frequency === null) return key;
  const year = key.slice(0, 4);
  switch (frequency) {
    case "yearly":
      return year;
    case "half-yearly":
      return t("monitoring.period.half", { n: key.slice(6), year });
    case "quarterly":
      return t("monitoring.period.quarter", { n: key.slice(6), year });
    case "monthly":
      // The month named by the key, not the instant it starts (midnight in Berlin is the evening before in UTC).
      return dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(Date.UTC(Number(year), Number(key.slice(5, 7)) - 1, 1)),
      );
  }
}

/** An area as people read it: the whole city, or the district's name (its key for a district the city lacks). */
export function areaName(t: Translate, locale: Locale, city: City, key: string): string {
  return key === "city" ? t("monitoring.area.city") : (districtName(city, key, locale) ?? key);
}

/**
 * A day as people read it: "31.03.2026", "31 March 2026"; a calendar day as it is, an instant by its
 * day in the city's time zone.
 */
export function formatDay(locale: Locale, day: string): string;
export function formatDay(locale: Locale, day: Date, timeZone: string): string;
export function formatDay(locale: Locale, day: Date | string, timeZone?: string): string {
  const date = new Date(`${typeof day === "string" ? day : cityDay(day, timeZone ?? defaultTimeZone)}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    locale === "de"
      ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
  return dateTimeFormat(locale, options).format(date);
}

/** A share (0..1) as a whole percentage. */
export function formatShare(locale: Locale, share: number): string {
  return `${numberFormat(locale, { maximumFractionDigits: 0 }).format(share * 100)} %`;
}

/** The text in the reader's language, with the language it is in (the other one when this one is empty). */
export function localized(text: Bilingual, locale: Locale): { text: string; lang: Locale | undefined } {
  const own = text[locale]?.trim();
  if (own) return { text: own, lang: undefined };
  const other: Locale = locale === "de" ? "en" : "de";
  return { text: text[other] ?? "", lang: other };
}

/** A goal as a list names it: its level, a milestone's phase, and its text ("Meilenstein (Skalierung): …"). */
export function goalLabel(
  t: Translate,
  locale: Locale,
  goal: Pick<Goal, "level" | "phaseId" | "text">,
  phases: ReadonlyArray<{ id: string; name: string }>,
): string {
  const phase = goal.phaseId === null ? undefined : phases.find((candidate) => candidate.id === goal.phaseId);
  const level = t(`monitoring.level.${goal.level}`);
  const named = phase ? t("monitoring.model.milestoneOfPhase", { level, phase: phase.name }) : level;
  return `${named}: ${localized(goal.text, locale).text}`;
}

/** The goals of a model as the choices of a select. */
export function goalOptions(
  t: Translate,
  locale: Locale,
  goals: readonly Goal[],
  phases: ReadonlyArray<{ id: string; name: string }>,
): Array<{ value: string; label: string }> {
  return goals.map((goal) => ({ value: goal.id, label: goalLabel(t, locale, goal, phases) }));
}
