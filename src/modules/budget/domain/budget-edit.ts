import type { FieldIssue } from "../../../platform/errors/errors";
import { type PhaseDateField as DateField, type Phase, type PhaseDates, phaseDateFields } from "./phases";

/**
 * What may still change in a budget. Rule, ballot and amounts decide how votes count, so they are
 * fixed from the start of voting (and whenever a ballot exists); texts may always change; a phase
 * that has started keeps its date, a later one may move.
 */
export function ballotEditable(phase: Phase, hasBallots: boolean): boolean {
  return !hasBallots && (phase === "upcoming" || phase === "proposals" || phase === "review");
}

function dateEditable(dates: PhaseDates, field: DateField, now: Date): boolean {
  return dates[field].getTime() > now.getTime();
}

/** The day a date field shows for a stored start (UTC, as the form sends it back). */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The new start dates from the days sent. A day equal to the one shown keeps the stored moment
 * (which may carry a time of day); a changed day must belong to a phase that has not started and
 * lie in the future, and the phases must stay in order.
 */
export function editedDates(
  current: PhaseDates,
  sent: Partial<Record<DateField, string | undefined>>,
  now: Date,
): { dates: PhaseDates; changed: DateField[]; issues: FieldIssue[] } {
  const dates = { ...current };
  const changed: DateField[] = [];
  const issues: FieldIssue[] = [];
  for (const field of phaseDateFields) {
    const value = sent[field];
    if (value === undefined || value === dayOf(current[field])) continue;
    const next = new Date(`${value}T00:00:00Z`);
    if (!dateEditable(current, field, now)) issues.push({ path: `dates.${field}`, message: "budget.edit.dateStarted" });
    else if (next.getTime() <= now.getTime()) issues.push({ path: `dates.${field}`, message: "budget.edit.datePast" });
    else {
      dates[field] = next;
      changed.push(field);
    }
  }
  for (let i = 1; i < phaseDateFields.length; i++) {
    const field = phaseDateFields[i] as DateField;
    if (dates[field].getTime() < dates[phaseDateFields[i - 1] as DateField].getTime())
      issues.push({ path: `dates.${field}`, message: "budget.errors.dateOrder" });
  }
  return { dates, changed, issues };
}
