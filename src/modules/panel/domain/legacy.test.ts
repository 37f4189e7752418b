/**
 * LEGACY, the greedy baseline: its panels are valid, its estimated probabilities sum to k, and
 * on a skewed pool it leaves some volunteers a much smaller chance than LEXIMIN does.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { panelViolation } from "../../../../tests/support/panel/check-panel";
import { loadHighs } from "../../../../tests/support/panel/load-highs";
import { FIXTURE_NAMES, loadFixture } from "../../../../tests/support/panel/sortition-fixtures";
import { estimateLegacyProbabilities, legacyPanel } from "./legacy";
import { findLeximinDistribution } from "./leximin";
import { seededRandom } from "./random";
import type { Highs } from "./solver/highs-solver";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

describe.each(FIXTURE_NAMES)("LEGACY on %s", (name) => {
  const { problem } = loadFixture(name);

  it("draws panels of size k within every quota (or reports a dead end)", () => {
    const random = seededRandom(5);
    let valid = 0;
    for (let attempt = 0; attempt < 300; attempt++) {
      const panel = legacyPanel(problem, random);
      if (panel === null) continue;
      expect(panelViolation(problem, panel)).toBeNull();
      valid++;
    }
    expect(valid).toBeGreaterThan(0);
  });

  it("estimates probabilities that sum to k and are reproducible from the seed", () => {
    const estimate = estimateLegacyProbabilities(problem, 400, seededRandom(9));
    const sum = estimate.probabilities.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - problem.k)).toBeLessThan(1e-9);
    expect(estimate.runs).toBe(400);
    expect(estimate.distinctPanels).toBeGreaterThan(1);
    const again = estimateLegacyProbabilities(problem, 400, seededRandom(9));
    expect([...again.probabilities]).toEqual([...estimate.probabilities]);
  });
});

describe("LEGACY against LEXIMIN", () => {
  it("gives the worst-off volunteer of synth_civic_500_70 a lower chance than LEXIMIN", () => {
    const { problem } = loadFixture("synth_civic_500_70");
    const legacy = estimateLegacyProbabilities(problem, 2000, seededRandom(1));
    const leximin = findLeximinDistribution(problem, { highs, random: seededRandom(1) });
    const legacyMin = Math.min(...legacy.probabilities);
    const leximinMin = Math.min(...leximin.probabilities);
    // LEXIMIN's minimum is 22/273 ≈ 0.0806; LEGACY's estimate from 2,000 runs is far below it
    // (an estimate of 0 is possible, which is the point).
    expect(legacyMin).toBeLessThan(leximinMin - 0.02);
  });
});
