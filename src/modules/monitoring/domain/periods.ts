import type { FieldIssue } from "../../../platform/errors/errors";
import { cityMidnight, defaultTimeZone } from "../../../platform/reference-data";

/**
 * Collection periods of indicators, in the city's calendar (`city-time.ts` of the reference data,
 * in the city's time zone, which every function here is handed; left out, the zone of a city file
 * that names none): July 2025 runs from midnight on 1 July to midnight on 1 August in Berlin, so a
 * value measured at 00:30 on 1 August in Berlin (22:30 UTC on 31 July) belongs to August, and
 * "today's period" is the city's. A period is named by a key that also tells its frequency: "2025"
 * (a year), "2025-H1" (a half-year), "2025-Q3" (a quarter), "2025-07" (a month). A period runs
 * from its start (included) to its end (excluded), so consecutive periods tile time.
 *
 * Keys from outside are checked with `parsePeriodKey`; the other functions take keys that were
 * checked, and throw a RangeError for a malformed key, because that is a programming error.
 * Years run from 1000 to 9999, which keeps every key four digits long and sortable.
 */
export const frequencies = ["yearly", "half-yearly", "quarterly", "monthly"] as const;
export type Frequency = (typeof frequencies)[number];

/** A period key such as "2025", "2025-H1", "2025-Q3" or "2025-07". */
export type PeriodKey = string;

const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/** How many months one period of each frequency spans. */
const monthsPerPeriod: Record<Frequency, number> = { yearly: 12, "half-yearly": 6, quarterly: 3, monthly: 1 };

const keyPatterns: Record<Frequency, RegExp> = {
  yearly: /^([1-9]\d{3})$/,
  "half-yearly": /^([1-9]\d{3})-H([12])$/,
  quarterly: /^([1-9]\d{3})-Q([1-4])$/,
  monthly: /^([1-9]\d{3})-(0[1-9]|1[0-2])$/,
};

/** A period as numbers: the year and the position of the period within it, counted from 0. */
interface Period {
  frequency: Frequency;
  year: number;
  index: number;
}

function periodsPerYear(frequency: Frequency): number {
  return 12 / monthsPerPeriod[frequency];
}

function read(key: string): Period | null {
  for (const frequency of frequencies) {
    const match = keyPatterns[frequency].exec(key);
    if (match) return { frequency, year: Number(match[1]), index: match[2] === undefined ? 0 : Number(match[2]) - 1 };
  }
  return null;
}

function readChecked(key: PeriodKey): Period {
  const period = read(key);
  if (!period) throw new RangeError(`not a period key: ${JSON.stringify(key)}`);
  return period;
}

function write({ frequency, year, index }: Period): PeriodKey {
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new RangeError(`year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}`);
  switch (frequency) {
    case "yearly":
      return `${year}`;
    case "half-yearly":
      return `${year}-H${index + 1}`;
    case "quarterly":
      return `${year}-Q${index + 1}`;
    case "monthly":
      return `${year}-${String(index + 1).padStart(2, "0")}`;
  }
}

/** Months counted without gaps across years (year · 12 + month counted from 0). */
type MonthOrdinal = number;

/** The month a period starts in. */
function startMonth({ frequency, year, index }: Period): MonthOrdinal {
  return year * 12 + index * monthsPerPeriod[frequency];
}

/** The month the next period starts in. */
function endMonth(period: Period): MonthOrdinal {
  return startMonth(period) + monthsPerPeriod[period.frequency];
}

// The instants months begin at in the city, as they are asked for: a period's start or end is a
// lookup, not a call into Intl (pages sort and check many periods, a fetch dates many values).
const monthStartsByZone = new Map<string, Map<MonthOrdinal, number>>();

/** The instant a month begins in the city (midnight on its first day), in milliseconds. */
function monthStart(month: MonthOrdinal, timeZone: string): number {
  let monthStarts = monthStartsByZone.get(timeZone);
  if (!monthStarts) {
    monthStarts = new Map();
    monthStartsByZone.set(timeZone, monthStarts);
  }
  let start = monthStarts.get(month);
  if (start === undefined) {
    start = cityMidnight(Math.floor(month / 12), month % 12, 1, timeZone).getTime();
    monthStarts.set(month, start);
  }
  return start;
}

/**
 * The city's month an instant lies in, or null for an invalid date or one outside the supported years.
 * A city's clock is at most a day off UTC, so its month is the UTC month or, in the last hours of
 * the UTC month, the next one (a city ahead of UTC, such as Berlin), or in its first hours the one
 * before (a city behind UTC).
 */
function cityMonthOf(instant: Date, timeZone: string): MonthOrdinal | null {
  if (!Number.isFinite(instant.getTime())) return null;
  const utcYear = instant.getUTCFullYear();
  if (utcYear < FIRST_YEAR - 1 || utcYear > LAST_YEAR) return null;
  const month = utcYear * 12 + instant.getUTCMonth();
  const at = instant.getTime();
  const city = at >= monthStart(month + 1, timeZone) ? month + 1 : at < monthStart(month, timeZone) ? month - 1 : month;
  const year = Math.floor(city / 12);
  return year < FIRST_YEAR || year > LAST_YEAR ? null : city;
}

/** Periods counted without gaps across years, so that moving by one is adding one. */
function ordinal(period: Period): number {
  return period.year * periodsPerYear(period.frequency) + period.index;
}

function fromOrdinal(frequency: Frequency, n: number): Period {
  const perYear = periodsPerYear(frequency);
  return { frequency, year: Math.floor(n / perYear), index: ((n % perYear) + perYear) % perYear };
}

export type PeriodKeyCheck =
  | { ok: true; key: PeriodKey }
  | { ok: false; error: "monitoring.errors.periodInvalid" | "monitoring.errors.periodNotOfFrequency" };

/**
 * Checks a key typed by someone against the indicator's frequency. A well-formed key of another
 * frequency ("2025-Q3" for a yearly indicator) is refused with its own message, so the form can say why.
 */
export function parsePeriodKey(text: string, frequency: Frequency): PeriodKeyCheck {
  const period = read(text);
  if (!period) return { ok: false, error: "monitoring.errors.periodInvalid" };
  if (period.frequency !== frequency) return { ok: false, error: "monitoring.errors.periodNotOfFrequency" };
  return { ok: true, key: text };
}

/** Whether a text is a well-formed period key of any frequency. */
export function isPeriodKey(text: string): boolean {
  return read(text) !== null;
}

/** The frequency a key belongs to, read from its form; null for a text that is no period key. */
export function frequencyOf(key: string): Frequency | null {
  return read(key)?.frequency ?? null;
}

/**
 * The period of the given frequency that contains the instant, in the city's calendar: at
 * 23:30 UTC on 31 December 2026 it is already 2027 in Berlin. Throws for an invalid or far-off date.
 */
export function periodContaining(instant: Date, frequency: Frequency, timeZone: string = defaultTimeZone): PeriodKey {
  const month = cityMonthOf(instant, timeZone);
  if (month === null)
    throw new RangeError(`no period for ${Number.isFinite(instant.getTime()) ? "a far-off" : "an invalid"} date`);
  return write({
    frequency,
    year: Math.floor(month / 12),
    index: Math.floor((month % 12) / monthsPerPeriod[frequency]),
  });
}

/** The first instant of the period: midnight in the city on its first day. */
export function periodStart(key: PeriodKey, timeZone: string = defaultTimeZone): Date {
  return new Date(monthStart(startMonth(readChecked(key)), timeZone));
}

/** The first instant after the period, which is the start of the next one (midnight in the city). */
export function periodEnd(key: PeriodKey, timeZone: string = defaultTimeZone): Date {
  return new Date(monthStart(endMonth(readChecked(key)), timeZone));
}

/** The period right after this one, of the same frequency. */
export function nextPeriod(key: PeriodKey): PeriodKey {
  const period = readChecked(key);
  return write(fromOrdinal(period.frequency, ordinal(period) + 1));
}

/** The period right before this one, of the same frequency. */
export function previousPeriod(key: PeriodKey): PeriodKey {
  const period = readChecked(key);
  return write(fromOrdinal(period.frequency, ordinal(period) - 1));
}

/**
 * Every period from `from` to `to`, both included, in order; empty when `from` comes after `to`.
 * Both keys must be of the same frequency.
 */
export function periodsBetween(from: PeriodKey, to: PeriodKey): PeriodKey[] {
  const first = readChecked(from);
  const last = readChecked(to);
  if (first.frequency !== last.frequency) throw new RangeError(`${from} and ${to} are of different frequencies`);
  const periods: PeriodKey[] = [];
  for (let n = ordinal(first); n <= ordinal(last); n++) periods.push(write(fromOrdinal(first.frequency, n)));
  return periods;
}

/** Orders periods by their end, then by their start, so periods of mixed frequencies sort in a stable way. */
export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
  // Months begin in the same order as their instants do, so the months' numbers compare as well.
  const first = readChecked(a);
  const second = readChecked(b);
  return endMonth(first) - endMonth(second) || startMonth(first) - startMonth(second);
}

/** A period is complete only once its end has passed, so no value of a half-finished period is ever written. */
export function isComplete(key: PeriodKey, now: Date, timeZone: string = defaultTimeZone): boolean {
  return periodEnd(key, timeZone).getTime() <= now.getTime();
}

export const aggregations = ["mean", "sum", "min", "max", "count"] as const;
export type Aggregation = (typeof aggregations)[number];

export interface TimedValue {
  at: Date;
  value: number;
}

export interface PeriodValue {
  period: PeriodKey;
  value: number;
  /** How many raw values went into this period's value. */
  count: number;
}

export type AggregationResult = { ok: true; periods: PeriodValue[] } | { ok: false; issue: FieldIssue };

/** The values of one period as they are added up, with a compensation term that keeps long sums exact. */
interface Running {
  sum: number;
  compensation: number;
  min: number;
  max: number;
  count: number;
}

function add(running: Running, value: number): void {
  // Neumaier's summation: keeps the low-order bits that plain addition of many values would lose.
  const sum = running.sum + value;
  running.compensation +=
    Math.abs(running.sum) >= Math.abs(value) ? running.sum - sum + value : value - sum + running.sum;
  running.sum = sum;
  running.min = Math.min(running.min, value);
  running.max = Math.max(running.max, value);
  running.count += 1;
}

function aggregatedValue(running: Running, aggregation: Aggregation): number {
  const sum = running.sum + running.compensation;
  switch (aggregation) {
    case "sum":
      return sum;
    // The true mean lies between min and max; rounding must not push it outside.
    case "mean":
      return Math.min(running.max, Math.max(running.min, sum / running.count));
    case "min":
      return running.min;
    case "max":
      return running.max;
    case "count":
      return running.count;
  }
}

/**
 * Aggregates raw timestamped values into periods of the given frequency, keeping only periods that
 * are complete at `now`, in order; a period without values does not appear. A non-finite value or an
 * invalid date is refused, not left out, because a silently shorter sum would be a wrong figure; so is
 * a sum or mean whose values add up beyond the range of numbers.
 */
export function aggregateByPeriod(
  values: readonly TimedValue[],
  frequency: Frequency,
  aggregation: Aggregation,
  now: Date,
  timeZone: string = defaultTimeZone,
): AggregationResult {
  const byPeriod = new Map<PeriodKey, Running>();
  for (const [i, { at, value }] of values.entries()) {
    if (!Number.isFinite(value)) {
      return { ok: false, issue: { path: `values.${i}.value`, message: "monitoring.errors.valueNotFinite" } };
    }
    if (cityMonthOf(at, timeZone) === null) {
      return { ok: false, issue: { path: `values.${i}.at`, message: "monitoring.errors.instantInvalid" } };
    }
    const period = periodContaining(at, frequency, timeZone);
    if (!isComplete(period, now, timeZone)) continue;
    let running = byPeriod.get(period);
    if (!running) {
      running = { sum: 0, compensation: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, count: 0 };
      byPeriod.set(period, running);
    }
    add(running, value);
  }
  const periods: PeriodValue[] = [];
  for (const [period, running] of byPeriod) {
    const value = aggregatedValue(running, aggregation);
    if (!Number.isFinite(value)) {
      return { ok: false, issue: { path: `periods.${period}`, message: "monitoring.errors.aggregateNotFinite" } };
    }
    periods.push({ period, value, count: running.count });
  }
  return { ok: true, periods: periods.sort((a, b) => comparePeriods(a.period, b.period)) };
}
