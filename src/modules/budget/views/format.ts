import { dateTimeFormat, numberFormat } from "../../../platform/i18n/formats";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import type { Budget } from "../domain/model";

/**
 * The `lang` attribute for content written in one language (a budget's name and areas, a proposal):
 * its language where the page is in the other one, so screen readers pronounce it right (WCAG 3.1.2);
 * nothing where they agree.
 */
export function contentLang(content: { language?: string | null }, locale: Locale): string | undefined {
  const language = content.language ?? "de";
  return language === locale ? undefined : language;
}

export function money(amount: number, locale: Locale): string {
  return numberFormat(locale, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(amount);
}

export function number(value: number, locale: Locale, fractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A day and time in the city's time zone (`City.timeZone`). */
export function dateTime(value: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(value);
}

/** A day, without a time: where only the date is meant (a phase's first day). */
export function date(value: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "long",
    timeZone,
  }).format(value);
}

/** A moment that matters to the minute (a deadline); only the day when it is midnight in the city. */
export function moment(value: Date, locale: Locale, timeZone: string): string {
  const time = dateTimeFormat("en", { timeStyle: "short", timeZone }).format(value);
  return time === "00:00" ? date(value, locale, timeZone) : dateTime(value, locale, timeZone);
}

/** The ballot's limits in one plain sentence, shown before anyone votes. */
export function ballotRuleText(budget: Budget, amount: number, t: Translate, locale: Locale): string {
  if (budget.ballotType === "points") return t("budget.ballotType.points", { points: budget.pointsTotal ?? 0 });
  const parts: string[] = [];
  if (budget.maxProjects) parts.push(t("budget.ballotType.maxProjects", { count: budget.maxProjects }));
  if (budget.knapsack) parts.push(t("budget.ballotType.knapsack", { amount: money(amount, locale) }));
  return `${t("budget.ballotType.approval")} ${parts.join(" ")}`.trim();
}
