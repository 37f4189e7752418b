import { describe, expect, it } from "vitest";
import {
  type Aggregation,
  type AggregationResult,
  aggregateByPeriod,
  comparePeriods,
  frequencyOf,
  isComplete,
  nextPeriod,
  type PeriodValue,
  parsePeriodKey,
  periodContaining,
  periodEnd,
  periodStart,
  periodsBetween,
  previousPeriod,
} from "./periods";

const utc = (text: string) => new Date(`${text}Z`);

function periodsOf(result: AggregationResult): PeriodValue[] {
  if (!result.ok) throw new Error(`refused: ${result.issue.path} ${result.issue.message}`);
  return result.periods;
}

describe("period keys", () => {
  it("accepts a key of the indicator's frequency and names the frequency of a key", () => {
    expect(parsePeriodKey("2025", "yearly")).toEqual({ ok: true, key: "2025" });
    expect(parsePeriodKey("2025-H2", "half-yearly")).toEqual({ ok: true, key: "2025-H2" });
    expect(parsePeriodKey("2025-Q3", "quarterly")).toEqual({ ok: true, key: "2025-Q3" });
    expect(parsePeriodKey("2025-07", "monthly")).toEqual({ ok: true, key: "2025-07" });
    expect(frequencyOf("2025-Q3")).toBe("quarterly");
    expect(frequencyOf("2025-12")).toBe("monthly");
    expect(frequencyOf("Q3")).toBeNull();
  });

  it("refuses a well-formed key of another frequency with its own message", () => {
    expect(parsePeriodKey("2025-Q3", "yearly")).toEqual({ ok: false, error: "monitoring.errors.periodNotOfFrequency" });
    expect(parsePeriodKey("2025", "monthly")).toEqual({ ok: false, error: "monitoring.errors.periodNotOfFrequency" });
  });

  it("refuses texts that are no period key", () => {
    for (const text of ["", "25", "2025-Q5", "2025-Q0", "2025-H3", "2025-13", "2025-00", "2025-7", " 2025", "0999"]) {
      expect(parsePeriodKey(text, "monthly"), text).toEqual({ ok: false, error: "monitoring.errors.periodInvalid" });
    }
  });
});

describe("periods in time", () => {
  it("finds the period containing an instant in UTC, whatever the local time zone says", () => {
    const instant = utc("2025-07-31T23:30:00");
    expect(periodContaining(instant, "yearly")).toBe("2025");
    expect(periodContaining(instant, "half-yearly")).toBe("2025-H2");
    expect(periodContaining(instant, "quarterly")).toBe("2025-Q3");
    expect(periodContaining(instant, "monthly")).toBe("2025-07");
    expect(periodContaining(utc("2025-06-30T23:59:59.999"), "half-yearly")).toBe("2025-H1");
    expect(() => periodContaining(new Date(Number.NaN), "yearly")).toThrow(RangeError);
  });

  it("starts a period at midnight on its first day and ends it, excluded, where the next starts", () => {
    expect(periodStart("2025-Q3")).toEqual(utc("2025-07-01T00:00:00"));
    expect(periodEnd("2025-Q3")).toEqual(utc("2025-10-01T00:00:00"));
    expect(periodEnd("2025-12")).toEqual(utc("2026-01-01T00:00:00"));
    expect(periodEnd("2025-H2")).toEqual(utc("2026-01-01T00:00:00"));
    expect(periodStart("2024")).toEqual(utc("2024-01-01T00:00:00"));
    expect(periodEnd("2024-02").getTime() - periodStart("2024-02").getTime()).toBe(29 * 86_400_000);
  });

  it("moves to the next and previous period across the turn of the year", () => {
    expect(nextPeriod("2025-12")).toBe("2026-01");
    expect(previousPeriod("2026-01")).toBe("2025-12");
    expect(nextPeriod("2025-Q4")).toBe("2026-Q1");
    expect(previousPeriod("2025-H1")).toBe("2024-H2");
    expect(nextPeriod("2025")).toBe("2026");
    expect(() => nextPeriod("9999")).toThrow(RangeError);
    expect(() => nextPeriod("2025-Q9")).toThrow(RangeError);
  });

  it("lists the periods between two keys, both included, and none when they are the wrong way round", () => {
    expect(periodsBetween("2024-Q3", "2025-Q2")).toEqual(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]);
    expect(periodsBetween("2025-07", "2025-07")).toEqual(["2025-07"]);
    expect(periodsBetween("2026", "2025")).toEqual([]);
    expect(() => periodsBetween("2025", "2025-Q4")).toThrow(RangeError);
  });

  it("orders periods of mixed frequencies by their end, then their start", () => {
    const sorted = ["2025-Q4", "2025", "2025-H1", "2024-12"].sort(comparePeriods);
    expect(sorted).toEqual(["2024-12", "2025-H1", "2025", "2025-Q4"]);
  });

  it("calls a period complete only from the instant it ends", () => {
    expect(isComplete("2025-Q2", utc("2025-06-30T23:59:59.999"))).toBe(false);
    expect(isComplete("2025-Q2", utc("2025-07-01T00:00:00"))).toBe(true);
    expect(isComplete("2025", utc("2025-07-01T00:00:00"))).toBe(false);
  });
});

describe("aggregating raw values into periods", () => {
  const values = [
    { at: utc("2025-01-05T10:00:00"), value: 4 },
    { at: utc("2025-02-20T10:00:00"), value: 10 },
    { at: utc("2025-03-31T23:59:59"), value: 1 },
    { at: utc("2025-04-01T00:00:00"), value: 7 },
    { at: utc("2025-07-15T00:00:00"), value: 100 },
  ];
  const now = utc("2025-07-20T00:00:00");

  it("gives each complete period its value and the number of values it took, in order", () => {
    expect(aggregateByPeriod(values, "quarterly", "sum", now)).toEqual({
      ok: true,
      periods: [
        { period: "2025-Q1", value: 15, count: 3 },
        { period: "2025-Q2", value: 7, count: 1 },
      ],
    });
    const q1 = (aggregation: Aggregation) => periodsOf(aggregateByPeriod(values, "quarterly", aggregation, now))[0];
    expect(q1("mean")).toEqual({ period: "2025-Q1", value: 5, count: 3 });
    expect(q1("min")?.value).toBe(1);
    expect(q1("max")?.value).toBe(10);
    expect(q1("count")?.value).toBe(3);
  });

  it("leaves out the period still running and periods without values", () => {
    const periods = periodsOf(aggregateByPeriod(values, "monthly", "count", now));
    expect(periods.map((p) => p.period)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
    expect(aggregateByPeriod(values, "yearly", "sum", now)).toEqual({ ok: true, periods: [] });
  });

  it("refuses a non-finite value or an invalid date instead of leaving it out", () => {
    const withNaN = [...values, { at: utc("2025-01-06T00:00:00"), value: Number.NaN }];
    expect(aggregateByPeriod(withNaN, "quarterly", "sum", now)).toEqual({
      ok: false,
      issue: { path: "values.5.value", message: "monitoring.errors.valueNotFinite" },
    });
    const withInfinity = [{ at: utc("2026-01-06T00:00:00"), value: Number.POSITIVE_INFINITY }];
    expect(aggregateByPeriod(withInfinity, "quarterly", "max", now).ok).toBe(false);
    const withBadDate = [{ at: new Date("not a date"), value: 1 }];
    expect(aggregateByPeriod(withBadDate, "quarterly", "sum", now)).toEqual({
      ok: false,
      issue: { path: "values.0.at", message: "monitoring.errors.instantInvalid" },
    });
  });

  it("refuses a sum beyond the range of numbers but still gives its maximum", () => {
    const huge = [
      { at: utc("2024-03-01T00:00:00"), value: 1.7e308 },
      { at: utc("2024-03-02T00:00:00"), value: 1.7e308 },
    ];
    expect(aggregateByPeriod(huge, "yearly", "sum", now)).toEqual({
      ok: false,
      issue: { path: "periods.2024", message: "monitoring.errors.aggregateNotFinite" },
    });
    expect(aggregateByPeriod(huge, "yearly", "max", now)).toEqual({
      ok: true,
      periods: [{ period: "2024", value: 1.7e308, count: 2 }],
    });
  });

  it("adds many small values without losing them to rounding", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ at: utc(`2024-01-0${i % 9 || 1}T00:00:00`), value: 0.1 }));
    expect(periodsOf(aggregateByPeriod(many, "yearly", "sum", now))[0]?.value).toBe(1);
    const same = Array.from({ length: 3 }, () => ({ at: utc("2024-05-01T00:00:00"), value: 0.1 }));
    expect(periodsOf(aggregateByPeriod(same, "yearly", "mean", now))[0]?.value).toBe(0.1);
  });
});
