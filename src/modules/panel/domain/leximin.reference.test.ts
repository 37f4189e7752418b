/**
 * LEXIMIN on the three public pools against the reference implementation's probabilities
 * (tests/fixtures/sortition/README.md). The reference is exact at the first level and good to
 * about 1e-3 per person above it (its EPS stopping rule), which sets the tolerances here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { panelViolation } from "../../../../tests/support/panel/check-panel";
import { loadHighs } from "../../../../tests/support/panel/load-highs";
import { FIXTURE_NAMES, type Fixture, loadFixture } from "../../../../tests/support/panel/sortition-fixtures";
import { findLeximinDistribution, type SelectionDistribution } from "./leximin";
import { seededRandom } from "./random";
import type { Highs } from "./solver/highs-solver";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

describe.each(FIXTURE_NAMES)("LEXIMIN on %s", (name) => {
  let fixture: Fixture;
  let result: SelectionDistribution;
  beforeAll(() => {
    fixture = loadFixture(name);
    result = findLeximinDistribution(fixture.problem, { highs, random: seededRandom(7) });
  });

  it("reaches the reference minimum and first level", () => {
    const min = Math.min(...result.probabilities);
    expect(min).toBeGreaterThanOrEqual(fixture.reference.min_probability - 1e-4);
    expect(Math.abs((result.levels[0]?.probability ?? 0) - fixture.reference.first_level)).toBeLessThan(1e-6);
  });

  it("agrees with the sorted reference probabilities within 2e-3, and per person within 1e-3", () => {
    const ours = [...result.probabilities].sort((a, b) => a - b);
    const reference = fixture.reference.sorted_probabilities;
    expect(ours).toHaveLength(reference.length);
    const sortedGap = Math.max(...ours.map((p, i) => Math.abs(p - (reference[i] as number))));
    expect(sortedGap).toBeLessThan(2e-3);
    const personGap = Math.max(
      ...fixture.problem.volunteers.map((v, i) =>
        Math.abs((result.probabilities[i] as number) - (fixture.reference.probabilities[v.id] as number)),
      ),
    );
    expect(personGap).toBeLessThan(1e-3);
  });

  it("uses only panels of size k that meet every quota (and the household rule where it applies)", () => {
    expect(result.panels.length).toBeGreaterThan(0);
    const violations = result.panels
      .map((panel) => panelViolation(fixture.problem, panel.members))
      .filter((v) => v !== null);
    expect(violations).toEqual([]);
    if (fixture.reference.households) expect(fixture.problem.households).toBe(true);
  });

  it("is a probability distribution whose marginals are the reported probabilities, summing to k", () => {
    const total = result.panels.reduce((sum, p) => sum + p.weight, 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-9);
    expect(result.panels.every((p) => p.weight > 0)).toBe(true);
    const sum = result.probabilities.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - fixture.problem.k)).toBeLessThan(1e-6);
    const marginals = new Float64Array(fixture.problem.volunteers.length);
    for (const { members, weight } of result.panels)
      for (const i of members) marginals[i] = (marginals[i] as number) + weight;
    const gap = Math.max(...marginals.map((m, i) => Math.abs(m - (result.probabilities[i] as number))));
    expect(gap).toBeLessThan(1e-9);
  });

  it("excludes nobody (every volunteer of these pools fits some panel)", () => {
    expect(result.excluded).toEqual([]);
  });
});

describe("the two routes to LEXIMIN", () => {
  it.each(["example_small_20", "sfa_fixture_150_22"])("agree on %s", (name) => {
    const { problem } = loadFixture(name);
    const auto = findLeximinDistribution(problem, { highs, random: seededRandom(1) });
    const exact = findLeximinDistribution(problem, { highs, random: seededRandom(2), method: "column-generation" });
    expect(exact.stats.method).toBe("column-generation");
    const gap = Math.max(...auto.probabilities.map((p, i) => Math.abs(p - (exact.probabilities[i] as number))));
    expect(gap).toBeLessThan(1e-6);
  });
});
