import { describe, expect, it } from "vitest";
import {
  type AssessmentResult,
  assessIndicator,
  countedInAll,
  countStatusOf,
  currentTarget,
  defaultProgressSettings,
  expectedProgressAt,
  type IndicatorAssessment,
  type IndicatorInput,
  measureStatus,
  observationsByPeriod,
  type ProgressStatus,
  portfolioStatus,
  progressOf,
  progressSettingsIssues,
  rollUpSettingsIssues,
  rollUpStatus,
  statusCounts,
} from "./progress";

function assessed(result: AssessmentResult): IndicatorAssessment {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.assessment;
}

/** Charging points: 100 in 2023, 500 due by the end of 2025, 1500 by the end of 2026. */
const chargingPoints: IndicatorInput = {
  direction: "increase",
  baseline: { value: 100, period: "2023" },
  targets: [
    { period: "2026", value: 1500 },
    { period: "2025", value: 500 },
  ],
  observations: [
    { period: "2024", value: 300, status: "final" },
    { period: "2025", value: 420, status: "provisional" },
  ],
  currentPeriod: "2025",
};

describe("an indicator's progress", () => {
  it("measures the latest value against the target of the current period", () => {
    const a = assessed(assessIndicator(chargingPoints));
    expect(a.latest).toEqual({ period: "2025", value: 420, status: "provisional" });
    expect(a.target).toEqual({ period: "2025", value: 500 });
    expect(a.progress).toBeCloseTo(0.8);
    expect(a.expectedProgress).toBe(1);
    expect(a.status).toBe("at-risk");
    expect(a.trend).toBe("improving");
    expect(a.baseline?.source).toBe("given");
  });

  it("expects progress linearly in time, so a value early in the run is not off track", () => {
    // Only a 2026 target: by the end of 2024, one of the three years from the baseline has passed.
    const early = assessed(
      assessIndicator({
        ...chargingPoints,
        targets: [{ period: "2026", value: 1600 }],
        observations: [{ period: "2024", value: 500, status: "final" }],
      }),
    );
    expect(early.expectedProgress).toBeCloseTo(1 / 3);
    expect(early.progress).toBeCloseTo(0.8 / 3);
    expect(early.status).toBe("at-risk");
    expect(expectedProgressAt(new Date("2024-01-01"), new Date("2024-01-01"), new Date("2023-01-01"))).toBe(1);
  });

  it("takes the next future target, and the last one once every deadline has passed", () => {
    const targets = chargingPoints.targets;
    expect(currentTarget(targets, "2024-Q2")).toEqual({ period: "2025", value: 500 });
    expect(currentTarget(targets, "2026")).toEqual({ period: "2026", value: 1500 });
    expect(currentTarget(targets, "2030")).toEqual({ period: "2026", value: 1500 });
    expect(currentTarget([], "2030")).toBeNull();
  });

  it("calls reaching the target on track and reports overshoot clamped beside", () => {
    const a = assessed(
      assessIndicator({ ...chargingPoints, observations: [{ period: "2025", value: 700, status: "final" }] }),
    );
    expect(a.progress).toBeCloseTo(1.5);
    expect(a.progressClamped).toBe(1);
    expect(a.status).toBe("on-track");
  });

  it("respects a falling direction", () => {
    const emissions: IndicatorInput = {
      direction: "decrease",
      baseline: { value: 1000, at: new Date("2024-01-01T00:00:00Z") },
      targets: [{ period: "2025", value: 600 }],
      observations: [
        { period: "2024", value: 800, status: "final" },
        { period: "2025", value: 850, status: "final" },
      ],
      currentPeriod: "2025",
    };
    const a = assessed(assessIndicator(emissions));
    expect(a.progress).toBeCloseTo(150 / 400);
    expect(a.status).toBe("off-track");
    expect(a.trend).toBe("worsening");
    expect(a.progressClamped).toBeCloseTo(0.375);
  });

  it("counts overshooting a target value as falling short of it", () => {
    const base = { baseline: { value: 100, period: "2024" }, targets: [{ period: "2025", value: 500 }] };
    expect(progressOf("target", 100, 500, 500)).toBe(1);
    expect(progressOf("target", 100, 500, 600)).toBeCloseTo(0.75);
    expect(progressOf("target", 100, 500, 400)).toBeCloseTo(0.75);
    const a = assessed(
      assessIndicator({
        direction: "target",
        ...base,
        observations: [
          { period: "2024-H2", value: 560, status: "final" },
          { period: "2025", value: 520, status: "final" },
        ],
        currentPeriod: "2025",
      }),
    );
    expect(a.status).toBe("on-track");
    expect(a.trend).toBe("improving");
  });

  it("does not divide by zero when the baseline already equals the target", () => {
    expect(progressOf("increase", 50, 50, 50)).toBe(1);
    expect(progressOf("increase", 50, 50, 60)).toBeCloseTo(1.2);
    expect(progressOf("increase", 50, 50, 25)).toBeCloseTo(0.5);
    expect(progressOf("decrease", 50, 50, 25)).toBeCloseTo(1.5);
    expect(progressOf("target", 0, 0, 0)).toBe(1);
    expect(progressOf("increase", 0, 0, -0.5)).toBeCloseTo(0.5);
    // A target already beaten at the baseline: keeping it is progress 1 or more.
    expect(progressOf("increase", 80, 60, 60)).toBe(1);
    expect(progressOf("increase", 80, 60, 40)).toBeLessThan(1);
  });

  it("uses the earliest observation as the baseline when none is given, and says so", () => {
    const { baseline: _, ...withoutBaseline } = chargingPoints;
    const a = assessed(assessIndicator(withoutBaseline));
    // The end of the earliest period, 2024: midnight on 1 January 2025 in Berlin.
    expect(a.baseline).toEqual({ value: 300, since: new Date("2024-12-31T23:00:00Z"), source: "earliest-observation" });
    expect(a.progress).toBeCloseTo(120 / 200);
    expect(a.expectedProgress).toBe(1);
    expect(a.status).toBe("at-risk");
  });

  it("has no status without a value or without a target, and never calls that on track", () => {
    expect(assessed(assessIndicator({ ...chargingPoints, observations: [] }))).toMatchObject({
      status: "no-data",
      trend: "unknown",
      latest: null,
      progress: null,
    });
    expect(assessed(assessIndicator({ ...chargingPoints, targets: [] }))).toMatchObject({
      status: "no-data",
      trend: "improving",
      progress: null,
    });
  });

  it("prefers a correction to a final value and a final value to a provisional one", () => {
    const series = observationsByPeriod([
      { period: "2025", value: 1, status: "corrected" },
      { period: "2025", value: 2, status: "final" },
      { period: "2024", value: 3, status: "provisional" },
      { period: "2024", value: 4, status: "provisional" },
    ]);
    expect(series.map((o) => o.value)).toEqual([4, 1]);
  });

  it("calls a small change steady", () => {
    const steady = assessed(
      assessIndicator({
        ...chargingPoints,
        observations: [
          { period: "2024", value: 420, status: "final" },
          { period: "2025", value: 423, status: "final" },
        ],
      }),
    );
    expect(steady.trend).toBe("steady");
  });

  it("names every faulty field of the input instead of guessing", () => {
    const result = assessIndicator({
      direction: "increase",
      baseline: { value: Number.NaN, period: "2023" },
      targets: [
        { period: "2025", value: 1 },
        { period: "2025", value: Number.POSITIVE_INFINITY },
      ],
      observations: [
        { period: "2025-Q5", value: 1, status: "final" },
        { period: "2025-Q4", value: -2e15, status: "final" },
      ],
      currentPeriod: "now",
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "currentPeriod", message: "monitoring.errors.periodInvalid" },
        { path: "baseline.value", message: "monitoring.errors.valueNotFinite" },
        { path: "targets.1.value", message: "monitoring.errors.valueNotFinite" },
        { path: "targets.1.period", message: "monitoring.errors.targetPeriodTwice" },
        { path: "observations.0.period", message: "monitoring.errors.periodInvalid" },
        { path: "observations.1.value", message: "monitoring.errors.valueTooLarge" },
      ],
    });
  });

  it("checks the thresholds and refuses to work with broken ones", () => {
    expect(progressSettingsIssues(defaultProgressSettings)).toEqual([]);
    expect(progressSettingsIssues({ onTrack: 0.5, atRisk: 0.7, steadyShare: 0 })).toEqual([
      { path: "atRisk", message: "monitoring.errors.thresholdOrder" },
    ]);
    expect(progressSettingsIssues({ onTrack: 1.2, atRisk: 0.7, steadyShare: Number.NaN })).toEqual([
      { path: "onTrack", message: "monitoring.errors.shareOutOfRange" },
      { path: "steadyShare", message: "monitoring.errors.shareOutOfRange" },
    ]);
    expect(() => assessIndicator(chargingPoints, { onTrack: 0.5, atRisk: 0.7, steadyShare: 0 })).toThrow(RangeError);
  });

  it("uses configured thresholds", () => {
    const lenient = { onTrack: 0.8, atRisk: 0.5, steadyShare: 0.01 };
    expect(assessed(assessIndicator(chargingPoints, lenient)).status).toBe("on-track");
  });
});

describe("rolling statuses up", () => {
  it("gives a measure the status of its weakest indicator, leaving out those without data", () => {
    expect(measureStatus(["on-track", "at-risk", "on-track"])).toBe("at-risk");
    expect(measureStatus(["on-track", "no-data"])).toBe("on-track");
    expect(measureStatus(["no-data", "no-data"])).toBe("no-data");
    expect(measureStatus([])).toBe("no-data");
  });

  it("calls a portfolio on track when three quarters of its judged measures are", () => {
    const portfolio = ["on-track", "on-track", "on-track", "off-track", "no-data"] as const;
    expect(portfolioStatus(portfolio)).toBe("on-track");
    expect(portfolioStatus(["on-track", "on-track", "at-risk", "off-track"])).toBe("at-risk");
    expect(portfolioStatus(["on-track", "off-track", "off-track", "at-risk"])).toBe("off-track");
    expect(statusCounts(portfolio)).toEqual({ "on-track": 3, "at-risk": 0, "off-track": 1, "no-data": 1 });
  });

  it("never picks a status no input has, however small the share", () => {
    expect(rollUpStatus(["at-risk", "off-track"], { share: 1e-12 })).toBe("at-risk");
    expect(rollUpSettingsIssues({ share: 0 })).toEqual([
      { path: "share", message: "monitoring.errors.shareOutOfRange" },
    ]);
    expect(() => rollUpStatus(["on-track"], { share: 1.5 })).toThrow(RangeError);
  });
});

describe("counting statuses by key", () => {
  it("keeps every status for each key, 0 where none, and counts an input once per key it is given", () => {
    const counts = new Map<string, Record<ProgressStatus, number>>();
    countStatusOf(counts, "mitte", "on-track");
    countStatusOf(counts, "mitte", "off-track");
    countStatusOf(counts, "mitte", "on-track");
    countStatusOf(counts, "pankow", "no-data");
    expect(counts.get("mitte")).toEqual({ "on-track": 2, "at-risk": 0, "off-track": 1, "no-data": 0 });
    expect(counts.get("pankow")).toEqual({ "on-track": 0, "at-risk": 0, "off-track": 0, "no-data": 1 });
    expect(counts.has("spandau")).toBe(false);
    expect(countedInAll(counts.get("mitte") ?? statusCounts([]))).toBe(3);
    expect(countedInAll(statusCounts([]))).toBe(0);
  });

  it("gives the same counts per key as counting each key's statuses at once", () => {
    const inputs: Array<[string, ProgressStatus]> = [
      ["a", "at-risk"],
      ["b", "on-track"],
      ["a", "no-data"],
      ["b", "at-risk"],
      ["a", "at-risk"],
    ];
    const counts = new Map<string, Record<ProgressStatus, number>>();
    for (const [key, status] of inputs) countStatusOf(counts, key, status);
    for (const key of ["a", "b"])
      expect(counts.get(key)).toEqual(statusCounts(inputs.filter(([k]) => k === key).map(([, s]) => s)));
  });
});
