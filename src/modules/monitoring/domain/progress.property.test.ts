import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AssessmentResult,
  assessIndicator,
  currentTarget,
  directions,
  type IndicatorAssessment,
  type IndicatorInput,
  observationStatuses,
  observationsByPeriod,
  type ProgressStatus,
  progressOf,
  progressStatuses,
  rollUpStatus,
  statusCounts,
} from "./progress";

/** Everyday values, and now and then tiny ones, where dividing by a small way could blow up. */
const value = fc.oneof(
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), weight: 4 },
  { arbitrary: fc.double({ min: -1e-6, max: 1e-6, noNaN: true, noDefaultInfinity: true }), weight: 1 },
);
const year = fc.integer({ min: 2018, max: 2032 }).map(String);
const period = fc.oneof(
  year,
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
);

const input: fc.Arbitrary<IndicatorInput> = fc.record(
  {
    direction: fc.constantFrom(...directions),
    baseline: fc.record({ value, period }),
    targets: fc.uniqueArray(fc.record({ period: year, value }), { selector: (t) => t.period, maxLength: 3 }),
    observations: fc.array(fc.record({ period, value, status: fc.constantFrom(...observationStatuses) }), {
      maxLength: 6,
    }),
    currentPeriod: year,
  },
  { requiredKeys: ["direction", "targets", "observations", "currentPeriod"] },
);

function assessed(result: AssessmentResult): IndicatorAssessment {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.assessment;
}

/** The input with its latest period's value replaced by a correction. */
function withLatest(indicator: IndicatorInput, latest: number): IndicatorInput {
  const last = observationsByPeriod(indicator.observations).at(-1);
  if (!last) return indicator;
  return { ...indicator, observations: [...indicator.observations, { ...last, value: latest, status: "corrected" }] };
}

/** The same indicator seen the other way up: every number negated and "increase" and "decrease" swapped. */
function mirrored(indicator: IndicatorInput): IndicatorInput {
  const swap = { increase: "decrease", decrease: "increase", target: "target" } as const;
  return {
    ...indicator,
    direction: swap[indicator.direction],
    baseline: indicator.baseline && { ...indicator.baseline, value: -indicator.baseline.value },
    targets: indicator.targets.map((t) => ({ ...t, value: -t.value })),
    observations: indicator.observations.map((o) => ({ ...o, value: -o.value })),
  };
}

/** Best first; "no-data" is not on this scale. */
const rank: Record<ProgressStatus, number> = { "on-track": 0, "at-risk": 1, "off-track": 2, "no-data": Number.NaN };

describe("progress of one indicator", () => {
  it("grows with the value for 'increase' and falls with it for 'decrease'", () => {
    fc.assert(
      fc.property(value, value, value, value, (baseline, target, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(progressOf("increase", baseline, target, low)).toBeLessThanOrEqual(
          progressOf("increase", baseline, target, high),
        );
        expect(progressOf("decrease", baseline, target, low)).toBeGreaterThanOrEqual(
          progressOf("decrease", baseline, target, high),
        );
      }),
    );
  });

  it("is highest, 1, at a target value", () => {
    fc.assert(
      fc.property(value, value, value, (baseline, target, v) => {
        expect(progressOf("target", baseline, target, target)).toBe(1);
        expect(progressOf("target", baseline, target, v)).toBeLessThanOrEqual(1);
        expect(Number.isFinite(progressOf("target", baseline, target, v))).toBe(true);
        expect(Number.isFinite(progressOf("increase", baseline, target, v))).toBe(true);
      }),
    );
  });

  it("never gets a worse status from a better latest value", () => {
    fc.assert(
      fc.property(input, value, value, (indicator, a, b) => {
        const direction = indicator.direction === "target" ? "increase" : indicator.direction;
        const [worse, better] = a <= b === (direction === "increase") ? [a, b] : [b, a];
        const one = assessed(assessIndicator(withLatest({ ...indicator, direction }, worse)));
        const other = assessed(assessIndicator(withLatest({ ...indicator, direction }, better)));
        expect(other.status === "no-data").toBe(one.status === "no-data");
        if (one.status !== "no-data") expect(rank[other.status]).toBeLessThanOrEqual(rank[one.status]);
      }),
    );
  });

  it("is on track whenever the latest value reaches the target that counts", () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 1e6, noNaN: true }), (indicator, beyond) => {
        const target = currentTarget(indicator.targets, indicator.currentPeriod);
        fc.pre(target !== null && indicator.observations.length > 0);
        const step = { increase: beyond, decrease: -beyond, target: 0 }[indicator.direction];
        const a = assessed(assessIndicator(withLatest(indicator, (target?.value ?? 0) + step)));
        expect(a.status).toBe("on-track");
        expect(a.progressClamped).toBe(1);
      }),
    );
  });

  it("is never on track without data, and has a status exactly when it has a value and a target", () => {
    fc.assert(
      fc.property(input, (indicator) => {
        const a = assessed(assessIndicator(indicator));
        const judged = indicator.observations.length > 0 && indicator.targets.length > 0;
        expect(a.status !== "no-data").toBe(judged);
        expect(a.progress !== null).toBe(judged);
        if (indicator.observations.length < 2) expect(a.trend).toBe("unknown");
        const empty = assessed(assessIndicator({ ...indicator, observations: [] }));
        expect(empty.status).toBe("no-data");
      }),
    );
  });

  it("gives the same progress, status and trend when seen the other way up", () => {
    fc.assert(
      fc.property(input, (indicator) => {
        const a = assessed(assessIndicator(indicator));
        const m = assessed(assessIndicator(mirrored(indicator)));
        expect(m.progress).toBe(a.progress);
        expect(m.status).toBe(a.status);
        expect(m.trend).toBe(a.trend);
        expect(m.expectedProgress).toBe(a.expectedProgress);
      }),
    );
  });

  it("keeps the clamped progress and the expected progress between 0 and 1", () => {
    fc.assert(
      fc.property(input, (indicator) => {
        const a = assessed(assessIndicator(indicator));
        for (const share of [a.progressClamped, a.expectedProgress]) {
          if (share === null) continue;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe("roll-up of statuses", () => {
  const statuses = fc.array(fc.constantFrom(...progressStatuses), { maxLength: 30 });
  const share = fc.double({ min: 1e-6, max: 1, noNaN: true });

  it("gives a single input back unchanged", () => {
    fc.assert(
      fc.property(fc.constantFrom(...progressStatuses), share, (status, s) => {
        expect(rollUpStatus([status], { share: s })).toBe(status);
      }),
    );
  });

  it("lies between the best and the worst judged input, and is no-data only when nothing is judged", () => {
    fc.assert(
      fc.property(statuses, share, (list, s) => {
        const result = rollUpStatus(list, { share: s });
        const ranks = list.filter((x) => x !== "no-data").map((x) => rank[x]);
        if (ranks.length === 0) {
          expect(result).toBe("no-data");
          return;
        }
        expect(rank[result]).toBeGreaterThanOrEqual(Math.min(...ranks));
        expect(rank[result]).toBeLessThanOrEqual(Math.max(...ranks));
        expect(list).toContain(result);
      }),
    );
  });

  it("is the worst judged input when the whole share is required", () => {
    fc.assert(
      fc.property(statuses, (list) => {
        const ranks = list.filter((x) => x !== "no-data").map((x) => rank[x]);
        const worst =
          ranks.length === 0 ? "no-data" : (["on-track", "at-risk", "off-track"] as const)[Math.max(...ranks)];
        expect(rollUpStatus(list, { share: 1 })).toBe(worst);
      }),
    );
  });

  it("does not depend on the order and never worsens when one input improves", () => {
    fc.assert(
      fc.property(statuses, share, fc.nat(), (list, s, pick) => {
        fc.pre(list.length > 0);
        const result = rollUpStatus(list, { share: s });
        expect(rollUpStatus([...list].reverse(), { share: s })).toBe(result);
        const improved = [...list];
        const i = pick % list.length;
        if (improved[i] === "off-track") improved[i] = "at-risk";
        else if (improved[i] === "at-risk") improved[i] = "on-track";
        const after = rollUpStatus(improved, { share: s });
        if (result !== "no-data") expect(rank[after]).toBeLessThanOrEqual(rank[result]);
      }),
    );
  });

  it("counts every input under exactly one status", () => {
    fc.assert(
      fc.property(statuses, (list) => {
        const counts = statusCounts(list);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(list.length);
        for (const status of progressStatuses) expect(counts[status]).toBe(list.filter((x) => x === status).length);
      }),
    );
  });
});
