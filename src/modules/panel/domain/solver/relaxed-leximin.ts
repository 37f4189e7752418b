/**
 * LEXIMIN over the LP relaxation of the panel polytope: expected group counts c with Σc = k, every
 * quota, household rows, 0 ≤ c_g ≤ s_g, and no integrality. Each level is one small LP (a column
 * per group, a row per quota), so the whole sequence takes well under a second.
 *
 * The true panels are integer points, so their convex hull lies inside this relaxation and the
 * relaxed LEXIMIN is at least as good in the lexicographic order. When the relaxed optimum can be
 * written as a distribution over integer panels (checked in `decompose-expected-counts.ts`), it
 * *is* the LEXIMIN distribution. On all reference pools it can.
 *
 * Each level also yields a "face": duals y ≥ 0 with Σ_g y_g c_g / s_g ≤ ŷ on the whole relaxation
 * and equality at the optimum, so every panel of a distribution that reaches the optimum lies on
 * it. The decomposition searches only there.
 */
import { SolverFailure } from "../errors";
import type { GroupedPool } from "../volunteer-groups";
import { createModel, type Highs, MODEL_STATUS, run } from "./highs-solver";

/** Fixed probabilities are lowered by this much so later levels never become infeasible by rounding. */
const FIXING_MARGIN = 1e-10;
/** Duals below this are noise; a group with a larger dual is pinned at the level's value. */
const FIXING_THRESHOLD = 1e-9;

export interface RelaxedLevel {
  readonly probability: number;
  readonly groups: readonly number[];
}

export interface Face {
  /** Weight per member of each group (y_g / s_g). */
  readonly weights: Float64Array;
  /** Σ weights·counts at the optimum, the largest value on the relaxation. */
  readonly value: number;
}

export interface RelaxedLeximin {
  /** Expected number of members of each group on the panel. */
  readonly expectedCounts: Float64Array;
  readonly levels: readonly RelaxedLevel[];
  readonly faces: readonly Face[];
}

export function leximinOverRelaxation(highs: Highs, pool: GroupedPool): RelaxedLeximin {
  const groupCount = pool.groupMembers.length;
  const featureCount = pool.problem.features.length;
  const size = Float64Array.from(pool.groupMembers, (m) => m.length);
  const inf = highs.infinity;
  const model = createModel(highs, { solver: "simplex", presolve: "off" });
  try {
    // Columns: c_0 … c_{G−1}, then z.
    model.addVars(new Float64Array(groupCount), size);
    model.addVar(-inf, 1);
    model.changeColCost(groupCount, 1);
    model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
    model.addRow(pool.problem.k, pool.problem.k, {
      indices: Int32Array.from({ length: groupCount }, (_, g) => g),
      values: new Float64Array(groupCount).fill(1),
    });
    const quotaGroups: number[][] = Array.from({ length: pool.quotaCount }, () => []);
    for (let g = 0; g < groupCount; g++) {
      for (let f = 0; f < featureCount; f++) quotaGroups[pool.groupQuota[g * featureCount + f] as number]?.push(g);
    }
    quotaGroups.forEach((groups, q) => {
      model.addRow(pool.quotaMin[q] as number, pool.quotaMax[q] as number, {
        indices: Int32Array.from(groups),
        values: new Float64Array(groups.length).fill(1),
      });
    });
    for (const household of pool.householdGroups) {
      model.addRow(-inf, 1, {
        indices: Int32Array.from(household),
        values: new Float64Array(household.length).fill(1),
      });
    }
    // Group rows in probability units: c_g / s_g − z ≥ 0 while g is not fixed.
    const firstGroupRow = model.getDimensions().numRows;
    for (let g = 0; g < groupCount; g++) {
      model.addRow(0, inf, { indices: [g, groupCount], values: [1 / (size[g] as number), -1] });
    }

    const fixed = new Uint8Array(groupCount);
    let fixedCount = 0;
    const levels: RelaxedLevel[] = [];
    const faces: Face[] = [];
    let counts = new Float64Array(groupCount);
    while (fixedCount < groupCount) {
      const status = run(model, "relaxed LEXIMIN level LP");
      if (status !== MODEL_STATUS.optimal)
        throw new SolverFailure(`relaxed LEXIMIN level LP ended with status ${status}`);
      const solution = model.getSolution();
      const z = solution.colValue[groupCount] as number;
      counts = solution.colValue.slice(0, groupCount);
      const y = Float64Array.from({ length: groupCount }, (_, g) =>
        Math.max(0, -(solution.rowDual[firstGroupRow + g] as number)),
      );
      const pinned: number[] = [];
      if (z >= 1 - 1e-9) {
        // Everybody left is on every panel; nobody can go higher.
        for (let g = 0; g < groupCount; g++) if (!fixed[g]) pinned.push(g);
      } else {
        let argmax = -1;
        for (let g = 0; g < groupCount; g++) {
          if (fixed[g]) continue;
          if ((y[g] as number) > FIXING_THRESHOLD) pinned.push(g);
          if (argmax < 0 || (y[g] as number) > (y[argmax] as number)) argmax = g;
        }
        // The duals of the unfixed groups sum to 1, so the largest is positive: that group is pinned.
        if (pinned.length === 0) pinned.push(argmax);
      }
      const weights = Float64Array.from(y, (v, g) => v / (size[g] as number));
      let value = 0;
      for (let g = 0; g < groupCount; g++) value += (weights[g] as number) * (counts[g] as number);
      faces.push({ weights, value });
      for (const g of pinned) {
        fixed[g] = 1;
        fixedCount++;
        model.changeCoefficient(firstGroupRow + g, groupCount, 0);
        model.changeRowBounds(firstGroupRow + g, Math.max(0, Math.min(1, z) - FIXING_MARGIN), inf);
      }
      levels.push({ probability: z, groups: pinned });
    }
    return { expectedCounts: counts, levels, faces };
  } finally {
    model.dispose();
  }
}
