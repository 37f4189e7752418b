/**
 * LEXIMIN against brute force on random small pools: every feasible panel is enumerated and the
 * LEXIMIN probabilities are computed over all of them by plain LPs (testing/brute-force.ts).
 * Infeasible pools must be reported, with a relaxation that is both sufficient and as small as
 * the brute force says it can be.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { arbitraryProblem, withChangedQuotas } from "../../../../tests/support/panel/arbitrary-problem";
import {
  allFeasiblePanels,
  bruteForceLeximin,
  fewestQuotaSeatsToMove,
} from "../../../../tests/support/panel/brute-force";
import { panelViolation } from "../../../../tests/support/panel/check-panel";
import { loadHighs } from "../../../../tests/support/panel/load-highs";
import { InfeasibleQuotasError } from "./errors";
import { findLeximinDistribution } from "./leximin";
import type { SelectionProblem } from "./problem";
import { seededRandom } from "./random";
import type { Highs } from "./solver/highs-solver";

const TOLERANCE = 1e-6;
/** PANEL_PROPERTY_RUNS=2000 for a long hunt; the default keeps the file at a few seconds. */
const RUNS = Number(process.env.PANEL_PROPERTY_RUNS ?? 80);
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

function checkAgainstBruteForce(problem: SelectionProblem, method: "auto" | "column-generation", seed: number): void {
  const panels = allFeasiblePanels(problem);
  if (panels.length === 0) {
    checkInfeasibleReport(problem, method);
    return;
  }
  const expected = bruteForceLeximin(highs, problem.volunteers.length, panels);
  const result = findLeximinDistribution(problem, { highs, random: seededRandom(seed), method });
  const ours = result.probabilities;

  const sortedOurs = [...ours].sort((a, b) => a - b);
  const sortedExpected = [...expected].sort((a, b) => a - b);
  const sortedGap = Math.max(...sortedExpected.map((p, i) => Math.abs((sortedOurs[i] as number) - p)));
  expect(sortedGap).toBeLessThan(TOLERANCE);
  // The LEXIMIN vector is unique, so it agrees person by person too.
  const personGap = Math.max(...expected.map((p, i) => Math.abs((ours[i] as number) - p)));
  expect(personGap).toBeLessThan(TOLERANCE);
  expect(Math.abs(ours.reduce((a, b) => a + b, 0) - problem.k)).toBeLessThan(TOLERANCE);

  const inNoPanel = problem.volunteers.filter((_, i) => !panels.some((panel) => panel.includes(i))).map((v) => v.id);
  expect([...result.excluded].sort()).toEqual(inNoPanel.sort());
  problem.volunteers.forEach((v, i) => {
    if (inNoPanel.includes(v.id)) expect(ours[i]).toBe(0);
  });

  for (const panel of result.panels) expect(panelViolation(problem, panel.members)).toBeNull();
  expect(Math.abs(result.panels.reduce((sum, p) => sum + p.weight, 0) - 1)).toBeLessThan(1e-9);
}

function checkInfeasibleReport(problem: SelectionProblem, method: "auto" | "column-generation"): void {
  let error: unknown;
  try {
    findLeximinDistribution(problem, { highs, random: seededRandom(1), method });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InfeasibleQuotasError);
  const report = (error as InfeasibleQuotasError).report;
  expect(report.summary).toMatch(/^No panel satisfies all quotas\./);
  const fewest = fewestQuotaSeatsToMove(problem);
  expect(report.relaxable).toBe(fewest !== null);
  if (fewest === null) {
    expect(report.relaxation).toEqual([]);
    return;
  }
  expect(report.relaxation.length).toBeGreaterThan(0);
  expect(report.conflicts.length).toBeGreaterThan(0);
  const relaxed = withChangedQuotas(problem, report.relaxation);
  expect(allFeasiblePanels(relaxed).length).toBeGreaterThan(0);
  const moved = report.relaxation.reduce((sum, c) => sum + Math.abs(c.to - c.from), 0);
  expect(moved).toBe(fewest);
}

const v = (id: string, values: number[], household?: string) =>
  household ? { id, values, household } : { id, values };
const range = (name: string, min: number, max: number) => ({ name, min, max });
/**
 * Pools on which the restricted master's warm-started simplex once stopped with status
 * "unknown" (now retried from a cold start in `solver/highs-solver.ts`).
 */
const REGRESSIONS: [SelectionProblem, number][] = [
  [
    {
      features: [{ name: "f0", values: [range("v0", 0, 3), range("v1", 0, 6)] }],
      volunteers: [
        v("p0", [1]),
        v("p1", [1], "h1"),
        v("p2", [0]),
        v("p3", [0]),
        v("p4", [0]),
        v("p5", [0], "h1"),
        v("p6", [0]),
        v("p7", [1]),
        v("p8", [1]),
        v("p9", [0]),
      ],
      k: 6,
      households: true,
    },
    0,
  ],
  [
    {
      features: [
        { name: "f0", values: [range("v0", 0, 2), range("v1", 0, 2)] },
        { name: "f1", values: [range("v0", 0, 2), range("v1", 0, 1), range("v2", 0, 1)] },
        { name: "f2", values: [range("v0", 1, 1), range("v1", 0, 1), range("v2", 0, 1)] },
      ],
      volunteers: [
        v("p0", [0, 0, 1]),
        v("p1", [0, 2, 1]),
        v("p2", [0, 0, 0], "h9"),
        v("p3", [1, 0, 1]),
        v("p4", [1, 2, 0]),
        v("p5", [1, 1, 1]),
        v("p6", [1, 0, 0]),
        v("p7", [1, 1, 1], "h5"),
        v("p8", [1, 0, 0]),
        v("p9", [0, 0, 0], "h5"),
        v("p10", [1, 0, 2]),
      ],
      k: 3,
      households: true,
    },
    0,
  ],
];

describe("LEXIMIN on random small pools", () => {
  it("matches brute force (relaxation route with column-generation fallback)", () => {
    fc.assert(
      fc.property(arbitraryProblem(), fc.nat(1000), (problem, seed) => checkAgainstBruteForce(problem, "auto", seed)),
      { numRuns: RUNS, examples: REGRESSIONS },
    );
  });

  it("matches brute force (column generation only)", () => {
    fc.assert(
      fc.property(arbitraryProblem(), fc.nat(1000), (problem, seed) =>
        checkAgainstBruteForce(problem, "column-generation", seed),
      ),
      { numRuns: Math.ceil(RUNS * 0.6), examples: REGRESSIONS },
    );
  });
});
