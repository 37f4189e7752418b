/**
 * Brute force for small pools (n ≤ ~16): every feasible panel, and LEXIMIN over all of them by
 * plain LPs. It shares no code with the algorithms under test except the HiGHS wrapper, and it
 * finds the levels differently: a volunteer is fixed at the level z* when no distribution that
 * keeps everybody unfixed at z* or more gives them more than z* — asked by one LP per volunteer,
 * not read off dual values.
 */
import type { SelectionProblem } from "../../../src/modules/panel/domain/problem";
import { createModel, type Highs, MODEL_STATUS } from "../../../src/modules/panel/domain/solver/highs-solver";
import { panelViolation } from "./check-panel";

/** Calls `visit` with every k-subset of 0 … n−1 (ascending). */
function forEachSubset(n: number, k: number, visit: (members: readonly number[]) => void): void {
  const chosen: number[] = [];
  const walk = (from: number): void => {
    if (chosen.length === k) {
      visit(chosen);
      return;
    }
    for (let i = from; i <= n - (k - chosen.length); i++) {
      chosen.push(i);
      walk(i + 1);
      chosen.pop();
    }
  };
  walk(0);
}

export function allFeasiblePanels(problem: SelectionProblem): number[][] {
  const panels: number[][] = [];
  forEachSubset(problem.volunteers.length, problem.k, (members) => {
    if (panelViolation(problem, members) === null) panels.push([...members]);
  });
  return panels;
}

/**
 * The fewest seats by which quota bounds must move (minimums down, maximums up; size and
 * household rule kept) so that some panel exists; null when no movement helps.
 */
export function fewestQuotaSeatsToMove(problem: SelectionProblem): number | null {
  let best: number | null = null;
  forEachSubset(problem.volunteers.length, problem.k, (members) => {
    if (problem.households) {
      const households = members.map((i) => problem.volunteers[i]?.household).filter((h) => h);
      if (new Set(households).size !== households.length) return;
    }
    let seats = 0;
    problem.features.forEach((feature, f) => {
      feature.values.forEach((value, v) => {
        const count = members.filter((i) => problem.volunteers[i]?.values[f] === v).length;
        seats += Math.max(0, value.min - count) + Math.max(0, count - value.max);
      });
    });
    if (best === null || seats < best) best = seats;
  });
  return best;
}

const LEVEL_SLACK = 1e-9;
/** A volunteer who can get more than z* + this is not stuck at z*. */
const RISE = 1e-7;

/** LEXIMIN selection probabilities over the given panels (volunteers on no panel get 0). */
export function bruteForceLeximin(highs: Highs, n: number, panels: readonly (readonly number[])[]): Float64Array {
  const m = panels.length;
  const covered = new Uint8Array(n);
  for (const panel of panels) for (const i of panel) covered[i] = 1;
  const model = createModel(highs, { solver: "simplex", presolve: "off" });
  try {
    model.addVars(new Float64Array(m), new Float64Array(m).fill(1));
    const z = m;
    model.addVar(-highs.infinity, highs.infinity);
    model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
    // Row i: π_i − z ≥ 0, where π_i is the weight of the panels containing i.
    for (let i = 0; i < n; i++) {
      const indices: number[] = [];
      panels.forEach((panel, p) => {
        if (panel.includes(i)) indices.push(p);
      });
      model.addRow(0, highs.infinity, {
        indices: [...indices, z],
        values: [...indices.map(() => 1), covered[i] ? -1 : 0],
      });
    }
    model.addRow(1, 1, { indices: Int32Array.from({ length: m }, (_, p) => p), values: new Float64Array(m).fill(1) });

    const level = new Float64Array(n);
    const fixed = Uint8Array.from(covered, (c) => 1 - c);
    const solve = (costs: Float64Array, zCost: number): Float64Array => {
      model.changeColsCost({ kind: "range", from: 0, to: m - 1 }, costs);
      model.changeColCost(z, zCost);
      // A cold start each time: warm starts after bound changes sometimes end "unknown" here.
      model.clearSolver();
      const status = model.run().modelStatus;
      if (status !== MODEL_STATUS.optimal) throw new Error(`brute-force LP ended with status ${status}`);
      return model.getSolution().colValue;
    };
    const probability = (x: Float64Array, i: number): number =>
      panels.reduce((sum, panel, p) => (panel.includes(i) ? sum + (x[p] as number) : sum), 0);

    while (fixed.some((f) => !f)) {
      model.changeColBounds(z, -highs.infinity, highs.infinity);
      const zStar = solve(new Float64Array(m), 1)[z] as number;
      model.changeColBounds(z, zStar - LEVEL_SLACK, zStar - LEVEL_SLACK);
      const unfixed = [...fixed.keys()].filter((i) => !fixed[i]);
      // One LP rules out most volunteers at once: whoever rises above z* there is not stuck.
      const together = solve(
        Float64Array.from(panels, (panel) => panel.filter((i) => !fixed[i]).length),
        0,
      );
      const candidates = unfixed.filter((i) => probability(together, i) <= zStar + RISE);
      let stuck: number[] = [];
      let lowest = { i: -1, max: Number.POSITIVE_INFINITY };
      for (const i of candidates) {
        const max = probability(
          solve(
            Float64Array.from(panels, (panel) => (panel.includes(i) ? 1 : 0)),
            0,
          ),
          i,
        );
        if (max <= zStar + RISE) stuck.push(i);
        if (max < lowest.max) lowest = { i, max };
      }
      // Theory guarantees a stuck volunteer; if rounding hides it, take the least movable one.
      if (stuck.length === 0) stuck = [lowest.i >= 0 ? lowest.i : (unfixed[0] as number)];
      for (const i of stuck) {
        fixed[i] = 1;
        level[i] = zStar;
        model.changeCoefficient(i, z, 0);
        model.changeRowBounds(i, zStar - LEVEL_SLACK, highs.infinity);
      }
    }
    return level;
  } finally {
    model.dispose();
  }
}
