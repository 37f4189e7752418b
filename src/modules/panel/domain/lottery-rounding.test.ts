/**
 * Rounding LEXIMIN to a uniform lottery of M = 1000 panels on the three public pools: every
 * volunteer's chance in the lottery stays within 1/M of their LEXIMIN probability, every listed
 * panel meets the quotas, and the same input always gives the same published list.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { arbitraryProblem } from "../../../../tests/support/panel/arbitrary-problem";
import { allFeasiblePanels } from "../../../../tests/support/panel/brute-force";
import { panelViolation } from "../../../../tests/support/panel/check-panel";
import { loadHighs } from "../../../../tests/support/panel/load-highs";
import { FIXTURE_NAMES, type Fixture, loadFixture } from "../../../../tests/support/panel/sortition-fixtures";
import { findLeximinDistribution, type SelectionDistribution } from "./leximin";
import { parseLotteryList, publishLottery } from "./lottery-list";
import { type Lottery, roundToLottery } from "./lottery-rounding";
import { seededRandom } from "./random";
import type { Highs } from "./solver/highs-solver";

const M = 1000;
/** PANEL_PROPERTY_RUNS=1000 for a long hunt. */
const RUNS = Number(process.env.PANEL_PROPERTY_RUNS ?? 40);
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** The whole pipeline from a fixed seed, as the command line and the platform run it. */
function pipeline(fixture: Fixture): { distribution: SelectionDistribution; lottery: Lottery; hash: string } {
  const distribution = findLeximinDistribution(fixture.problem, { highs, random: seededRandom(11) });
  const lottery = roundToLottery(distribution, { highs, random: seededRandom(11), size: M });
  return { distribution, lottery, hash: publishLottery(fixture.problem, lottery.panels).hash };
}

describe.each(FIXTURE_NAMES)("the lottery for %s", (name) => {
  let fixture: Fixture;
  let run: ReturnType<typeof pipeline>;
  beforeAll(() => {
    fixture = loadFixture(name);
    run = pipeline(fixture);
  });

  it("lists exactly M panels, each of size k within every quota", () => {
    expect(run.lottery.panels).toHaveLength(M);
    const violations = run.lottery.panels.map((p) => panelViolation(fixture.problem, p)).filter((v) => v !== null);
    expect(violations).toEqual([]);
  });

  it("gives every volunteer a chance within 1/M of their LEXIMIN probability", () => {
    expect(run.lottery.outsideBand).toBe(0);
    const seats = new Float64Array(fixture.problem.volunteers.length);
    for (const panel of run.lottery.panels) for (const i of panel) seats[i] = (seats[i] as number) + 1;
    const gap = Math.max(...seats.map((s, i) => Math.abs(s / M - (run.distribution.probabilities[i] as number))));
    expect(gap).toBeLessThanOrEqual(1 / M + 1e-9);
    expect(run.lottery.maxDeviation).toBeCloseTo(gap, 12);
    expect([...run.lottery.probabilities]).toEqual([...seats].map((s) => s / M));
  });

  it("publishes a list that reads back to the same panels", () => {
    const published = publishLottery(fixture.problem, run.lottery.panels);
    const lines = parseLotteryList(published.text);
    expect(lines).toEqual(published.panels);
    const asIds = run.lottery.panels
      .map((p) => p.map((i) => fixture.problem.volunteers[i]?.id as string).sort())
      .map((ids) => ids.join(" "))
      .sort();
    expect(lines.map((ids) => ids.join(" ")).sort()).toEqual(asIds);
  });

  it("is deterministic: the same input gives the same list hash", () => {
    expect(pipeline(fixture).hash).toBe(run.hash);
  });
});

describe("the lottery on random small pools", () => {
  it("stays within 1/M for any M, with valid panels only", () => {
    const feasible = arbitraryProblem().filter((problem) => allFeasiblePanels(problem).length > 0);
    fc.assert(
      fc.property(feasible, fc.integer({ min: 1, max: 300 }), fc.nat(1000), (problem, size, seed) => {
        const distribution = findLeximinDistribution(problem, { highs, random: seededRandom(seed) });
        const lottery = roundToLottery(distribution, { highs, random: seededRandom(seed), size });
        expect(lottery.panels).toHaveLength(size);
        for (const panel of lottery.panels) expect(panelViolation(problem, panel)).toBeNull();
        expect(lottery.outsideBand).toBe(0);
        expect(lottery.maxDeviation).toBeLessThanOrEqual(1 / size + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });
});
