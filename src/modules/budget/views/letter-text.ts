import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import type { Budget } from "../domain/model";
import { date, dateTime } from "./format";

/**
 * When voting ends, as a person reads a deadline: "bis einschließlich 18. Dezember" when it ends at
 * midnight (the day before is the last one), else the day and the time.
 */
export function votingDeadline(budget: Budget, t: Translate, locale: Locale, timeZone: string): string {
  const end = budget.resultsStart;
  const time = dateTimeFormat("en", { timeStyle: "short", timeZone }).format(end);
  return time === "00:00"
    ? t("budget.codes.deadlineDay", { date: date(new Date(end.getTime() - 1), locale, timeZone) })
    : t("budget.codes.deadlineTime", { date: dateTime(end, locale, timeZone) });
}

/**
 * The plain texts of a voting-code letter: who writes, what it is for, until when (in the city's
 * time zone), and how to vote.
 */
export function codeLetterTexts(
  budget: Budget,
  heading: string,
  sender: string,
  t: Translate,
  locale: Locale,
  timeZone: string,
): { paragraphs: string[]; closing: string[] } {
  return {
    paragraphs: [
      t("budget.codes.letterGreeting"),
      t("budget.codes.letterText", { heading, title: budget.title }),
      t("budget.codes.letterDeadline", { deadline: votingDeadline(budget, t, locale, timeZone) }),
      t("budget.codes.letterHow"),
    ],
    closing: [t("budget.codes.letterOnce"), t("budget.codes.letterSecret"), t("budget.codes.letterRegards"), sender],
  };
}
