import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AggregationResult,
  aggregateByPeriod,
  frequencies,
  isComplete,
  nextPeriod,
  parsePeriodKey,
  periodContaining,
  periodEnd,
  periodStart,
  periodsBetween,
  previousPeriod,
  type TimedValue,
} from "./periods";

const frequency = fc.constantFrom(...frequencies);
/** Instants from 1901 to 2098, well inside the supported years, so next and previous always exist. */
const instant = fc.date({
  min: new Date("1901-01-01T00:00:00Z"),
  max: new Date("2098-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});
/** Instants within three years, so that periods hold several values and `now` cuts through them. */
const nearInstant = fc.date({
  min: new Date("2024-01-01T00:00:00Z"),
  max: new Date("2026-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});
const timedValues = fc.array(
  fc.record({
    at: fc.oneof(nearInstant, instant),
    value: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  }),
  { maxLength: 60 },
);

function periodsOf(result: AggregationResult) {
  if (!result.ok) throw new Error(`refused: ${result.issue.path} ${result.issue.message}`);
  return result.periods;
}

function inCompletePeriod(values: TimedValue[], f: (typeof frequencies)[number], now: Date): TimedValue[] {
  return values.filter((v) => isComplete(periodContaining(v.at, f), now));
}

describe("periods tile time", () => {
  it("puts every instant in exactly one period of a frequency, between its start and its end", () => {
    fc.assert(
      fc.property(instant, frequency, (at, f) => {
        const key = periodContaining(at, f);
        expect(parsePeriodKey(key, f)).toEqual({ ok: true, key });
        expect(periodStart(key).getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime()).toBeLessThan(periodEnd(key).getTime());
        // The neighbours do not contain it.
        expect(periodEnd(previousPeriod(key)).getTime()).toBeLessThanOrEqual(at.getTime());
        expect(periodStart(nextPeriod(key)).getTime()).toBeGreaterThan(at.getTime());
      }),
    );
  });

  it("undoes a step back with a step forward and the other way round", () => {
    fc.assert(
      fc.property(instant, frequency, (at, f) => {
        const key = periodContaining(at, f);
        expect(nextPeriod(previousPeriod(key))).toBe(key);
        expect(previousPeriod(nextPeriod(key))).toBe(key);
      }),
    );
  });

  it("lists consecutive periods that meet without gap or overlap, from the first to the last", () => {
    fc.assert(
      fc.property(instant, instant, frequency, (a, b, f) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const periods = periodsBetween(periodContaining(from, f), periodContaining(to, f));
        expect(periods[0]).toBe(periodContaining(from, f));
        expect(periods.at(-1)).toBe(periodContaining(to, f));
        for (let i = 1; i < periods.length; i++) {
          expect(periodStart(periods[i] as string)).toEqual(periodEnd(periods[i - 1] as string));
          expect(periods[i]).toBe(nextPeriod(periods[i - 1] as string));
        }
      }),
      { numRuns: 50 },
    );
  });

  it("nests the shorter periods inside the longer ones", () => {
    fc.assert(
      fc.property(instant, (at) => {
        // frequencies run from the longest (yearly) to the shortest (monthly).
        const keys = frequencies.map((f) => periodContaining(at, f));
        for (let i = 1; i < keys.length; i++) {
          const outer = keys[i - 1] as string;
          const inner = keys[i] as string;
          expect(periodStart(inner).getTime()).toBeGreaterThanOrEqual(periodStart(outer).getTime());
          expect(periodEnd(inner).getTime()).toBeLessThanOrEqual(periodEnd(outer).getTime());
        }
      }),
    );
  });
});

describe("aggregation into complete periods", () => {
  it("sums over the periods to the sum of the values in complete periods", () => {
    fc.assert(
      fc.property(timedValues, frequency, nearInstant, (values, f, now) => {
        const total = periodsOf(aggregateByPeriod(values, f, "sum", now)).reduce((s, p) => s + p.value, 0);
        const expected = inCompletePeriod(values, f, now).reduce((s, v) => s + v.value, 0);
        // Both sides are rounded differently; the error of adding n numbers stays far below n·2⁻⁵²·Σ|v|.
        const size = values.reduce((s, v) => s + Math.abs(v.value), 0);
        expect(Math.abs(total - expected)).toBeLessThanOrEqual(1e-12 * size + 1e-300);
      }),
    );
  });

  it("counts every value of a complete period once and no other", () => {
    fc.assert(
      fc.property(timedValues, frequency, nearInstant, (values, f, now) => {
        const periods = periodsOf(aggregateByPeriod(values, f, "count", now));
        const complete = inCompletePeriod(values, f, now).length;
        expect(periods.reduce((s, p) => s + p.value, 0)).toBe(complete);
        expect(periods.reduce((s, p) => s + p.count, 0)).toBe(complete);
        expect(periods.every((p) => p.value === p.count && p.count > 0)).toBe(true);
      }),
    );
  });

  it("keeps every period's mean between its minimum and maximum", () => {
    fc.assert(
      fc.property(timedValues, frequency, nearInstant, (values, f, now) => {
        const mean = periodsOf(aggregateByPeriod(values, f, "mean", now));
        const min = periodsOf(aggregateByPeriod(values, f, "min", now));
        const max = periodsOf(aggregateByPeriod(values, f, "max", now));
        expect(mean.map((p) => p.period)).toEqual(min.map((p) => p.period));
        for (const [i, p] of mean.entries()) {
          expect(p.value).toBeGreaterThanOrEqual(min[i]?.value as number);
          expect(p.value).toBeLessThanOrEqual(max[i]?.value as number);
        }
      }),
    );
  });

  it("never gives a period that ends after now, and gives them in order without repeats", () => {
    fc.assert(
      fc.property(
        timedValues,
        frequency,
        nearInstant,
        fc.constantFrom("mean", "sum", "min", "max", "count"),
        (values, f, now, a) => {
          const periods = periodsOf(aggregateByPeriod(values, f, a, now)).map((p) => p.period);
          for (const period of periods) expect(periodEnd(period).getTime()).toBeLessThanOrEqual(now.getTime());
          for (let i = 1; i < periods.length; i++) {
            expect(periodStart(periods[i] as string) >= periodEnd(periods[i - 1] as string)).toBe(true);
          }
        },
      ),
    );
  });

  it("refuses a list with a non-finite value wherever it stands", () => {
    fc.assert(
      fc.property(
        timedValues,
        fc.nat(),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
        nearInstant,
        frequency,
        (values, position, bad, now, f) => {
          const index = position % (values.length + 1);
          const spoiled = [...values.slice(0, index), { at: now, value: bad }, ...values.slice(index)];
          expect(aggregateByPeriod(spoiled, f, "sum", now)).toEqual({
            ok: false,
            issue: { path: `values.${index}.value`, message: "monitoring.errors.valueNotFinite" },
          });
        },
      ),
    );
  });
});
