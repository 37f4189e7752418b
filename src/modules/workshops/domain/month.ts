/**
 * The month calendar of the events page: weeks from Monday to Sunday, each day with its events.
 * Built on the server, so it needs no JavaScript. Days are the city's calendar days.
 */
import { cityDay, defaultTimeZone } from "../../../platform/reference-data";

/** A month as `YYYY-MM`. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: string): boolean {
  return MONTH.test(value);
}

/** The month of a calendar day (`YYYY-MM-DD` → `YYYY-MM`). */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** The month before or after (`delta` months). */
export function shiftMonth(month: string, delta: number): string {
  const [year = 0, number = 1] = month.split("-").map(Number);
  const shifted = new Date(Date.UTC(year, number - 1 + delta, 1));
  return shifted.toISOString().slice(0, 7);
}

/** The first day of the month and the first day of the next month (`YYYY-MM-DD`). */
export function monthDays(month: string): { first: string; next: string } {
  return { first: `${month}-01`, next: `${shiftMonth(month, 1)}-01` };
}

export interface CalendarDay<T> {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Whether the day belongs to the month shown (the first and last week reach into the others). */
  inMonth: boolean;
  events: T[];
}

/** The weeks of the month, Monday first, with each event on the day it starts (in the city's time zone). */
export function monthGrid<T extends { startsAt: Date }>(
  month: string,
  events: readonly T[],
  timeZone: string = defaultTimeZone,
): CalendarDay<T>[][] {
  const [year = 0, number = 1] = month.split("-").map(Number);
  const first = new Date(Date.UTC(year, number - 1, 1));
  // Monday = 0 … Sunday = 6.
  const lead = (first.getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(year, number, 0)).getUTCDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const byDay = new Map<string, T[]>();
  for (const event of [...events].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const day = cityDay(event.startsAt, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weeks: CalendarDay<T>[][] = [];
  for (let cell = 0; cell < cells; cell++) {
    const day = new Date(Date.UTC(year, number - 1, 1 + cell - lead)).toISOString().slice(0, 10);
    if (cell % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]?.push({ day, inMonth: monthOfDay(day) === month, events: byDay.get(day) ?? [] });
  }
  return weeks;
}
