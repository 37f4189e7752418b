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
  it("finds the period containing an instant in the city's calendar (Berlin), whatever UTC says", () => {
    // 23:59:59.999 on 31 July in Berlin (summer time, UTC+2), then midnight on 1 August.
    const lastOfJuly = utc("2025-07-31T21:59:59.999");
    expect(periodContaining(lastOfJuly, "yearly")).toBe("2025");
    expect(periodContaining(lastOfJuly, "half-yearly")).toBe("2025-H2");
    expect(periodContaining(lastOfJuly, "quarterly")).toBe("2025-Q3");
    expect(periodContaining(lastOfJuly, "monthly")).toBe("2025-07");
    expect(periodContaining(utc("2025-07-31T22:00:00"), "monthly")).toBe("2025-08");
    expect(periodContaining(utc("2025-07-31T23:30:00"), "monthly")).toBe("2025-08");
    expect(periodContaining(utc("2025-06-30T21:59:59.999"), "half-yearly")).toBe("2025-H1");
    expect(periodContaining(utc("2025-06-30T22:00:00"), "half-yearly")).toBe("2025-H2");
    // Winter time (UTC+1): the month turns at 23:00 UTC.
    expect(periodContaining(utc("2025-01-31T22:59:59.999"), "monthly")).toBe("2025-01");
    expect(periodContaining(utc("2025-01-31T23:00:00"), "monthly")).toBe("2025-02");
    expect(() => periodContaining(new Date(Number.NaN), "yearly")).toThrow(RangeError);
  });

  it("counts an instant late on 31 December in UTC into the next year, as Berlin does", () => {
    const instant = utc("2026-12-31T23:30:00");
    expect(periodContaining(instant, "yearly")).toBe("2027");
    expect(periodContaining(instant, "half-yearly")).toBe("2027-H1");
    expect(periodContaining(instant, "quarterly")).toBe("2027-Q1");
    expect(periodContaining(instant, "monthly")).toBe("2027-01");
    expect(periodContaining(utc("2026-12-31T22:59:59.999"), "yearly")).toBe("2026");
    // The last instant of 9999 in UTC is already a year no key can name.
    expect(() => periodContaining(utc("9999-12-31T23:30:00"), "yearly")).toThrow(RangeError);
  });

  it("starts a period at midnight in Berlin on its first day and ends it, excluded, where the next starts", () => {
    expect(periodStart("2025-Q3")).toEqual(utc("2025-06-30T22:00:00"));
    expect(periodEnd("2025-Q3")).toEqual(utc("2025-09-30T22:00:00"));
    expect(periodEnd("2025-12")).toEqual(utc("2025-12-31T23:00:00"));
    expect(periodEnd("2025-H2")).toEqual(utc("2025-12-31T23:00:00"));
    expect(periodStart("2024")).toEqual(utc("2023-12-31T23:00:00"));
    expect(periodEnd("2024-02").getTime() - periodStart("2024-02").getTime()).toBe(29 * 86_400_000);
    // The clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(periodEnd("2026-03").getTime() - periodStart("2026-03").getTime()).toBe(31 * 86_400_000 - 3_600_000);
    expect(periodEnd("2026-10").getTime() - periodStart("2026-10").getTime()).toBe(31 * 86_400_000 + 3_600_000);
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

  it("calls a period complete only from the instant it ends in Berlin", () => {
    expect(isComplete("2025-Q2", utc("2025-06-30T21:59:59.999"))).toBe(false);
    expect(isComplete("2025-Q2", utc("2025-06-30T22:00:00"))).toBe(true);
    expect(isComplete("2025", utc("2025-07-01T00:00:00"))).toBe(false);
    expect(isComplete("2026", utc("2026-12-31T23:30:00"))).toBe(true);
  });
});

describe("aggregating raw values into periods", () => {
  // The third and fourth values are the last second of March and the first of April in Berlin (UTC+2).
  const values = [
    { at: utc("2025-01-05T10:00:00"), value: 4 },
    { at: utc("2025-02-20T10:00:00"), value: 10 },
    { at: utc("2025-03-31T21:59:59"), value: 1 },
    { at: utc("2025-03-31T22:00:00"), value: 7 },
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

  it("dates a value by the city's calendar: late on 31 March in UTC is already April in Berlin", () => {
    const lateInUtc = [
      { at: utc("2025-03-31T23:59:59"), value: 2 },
      { at: utc("2025-03-31T12:00:00"), value: 3 },
    ];
    expect(aggregateByPeriod(lateInUtc, "monthly", "sum", now)).toEqual({
      ok: true,
      periods: [
        { period: "2025-03", value: 3, count: 1 },
        { period: "2025-04", value: 2, count: 1 },
      ],
    });
    // A period is left out until it is over in Berlin: June ends at 22:00 UTC on 30 June.
    const june = [{ at: utc("2025-06-15T12:00:00"), value: 5 }];
    expect(periodsOf(aggregateByPeriod(june, "monthly", "sum", utc("2025-06-30T21:59:59.999")))).toEqual([]);
    expect(periodsOf(aggregateByPeriod(june, "monthly", "sum", utc("2025-06-30T22:00:00")))).toEqual([
      { period: "2025-06", value: 5, count: 1 },
    ]);
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
    // 23:30 UTC on the last day of 9999 is the year 10000 in Berlin, which no period key names.
    const beyond = [{ at: utc("9999-12-31T23:30:00"), value: 1 }];
    expect(aggregateByPeriod(beyond, "quarterly", "sum", now)).toEqual({
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
