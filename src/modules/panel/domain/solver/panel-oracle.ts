/**
 * The integer program behind every algorithm here: a feasible panel (size k, every quota, at most
 * one member per household) that maximises given weights. Variables are the number of members
 * taken from each group of interchangeable volunteers. One model is built and re-solved with new
 * objectives, because column generation asks thousands of times with only the weights changed.
 */
import { SolverFailure } from "../errors";
import { type GroupedPool, quotaCounts } from "../volunteer-groups";
import { columnRange, createModel, type Highs, MODEL_STATUS, type Model, run } from "./highs-solver";

export interface OraclePanel {
  /** Members per group. */
  readonly counts: Int32Array;
  /** Sum of weight × count. */
  readonly value: number;
  /** Upper bound on the weight of every feasible panel, proven by the solver. */
  readonly bound: number;
}

export interface RelaxedPanel {
  /** Upper bound on the weight of every feasible panel. */
  readonly bound: number;
  /** The optimal panel when the LP optimum happens to be integral, else null. */
  readonly counts: Int32Array | null;
  /** The LP optimum (fractional counts). */
  readonly values: Float64Array;
}

export interface PanelOracle {
  /**
   * The feasible panel of largest weight, or null when no panel satisfies the quotas. With a
   * positive `relativeGap` the answer may fall short of the optimum by that fraction, which is
   * much faster when many panels are nearly as good.
   */
  maximise(weights: Float64Array, options?: { start?: Int32Array; relativeGap?: number }): OraclePanel | null;
  /**
   * The LP relaxation: an upper bound in a few milliseconds, and often already an integral panel.
   * Column generation uses it to prove that no panel improves the LP without the integer program.
   */
  relax(weights: Float64Array): RelaxedPanel;
  /** As `relax`, but null when even the relaxation is infeasible (then no panel exists). */
  relaxOrNull(weights: Float64Array): RelaxedPanel | null;
  /**
   * Rounds a fractional LP optimum: keeps the groups whose count is already whole and solves the
   * small integer program over the rest. Null when that leaves no feasible panel.
   */
  completeRelaxation(weights: Float64Array, values: Float64Array): OraclePanel | null;
  /**
   * From now on only panels with Σ weights·counts ≥ threshold exist. Column generation adds this
   * for the optimal duals of each finished level: every panel that can carry probability in a
   * later level is optimal for those duals (complementary slackness), so the others need not be
   * searched.
   */
  restrict(weights: Float64Array, threshold: number): void;
  /** From now on only panels with lower[g] ≤ count of group g ≤ upper[g]. */
  limitGroups(lower: Float64Array, upper: Float64Array): void;
  /**
   * A good (not necessarily the best) panel with lower[g] ≤ count ≤ upper[g] for this one call,
   * or null when there is none.
   */
  goodWithin(weights: Float64Array, lower: Float64Array, upper: Float64Array): OraclePanel | null;
  /** A feasible panel with at least one member of group g, or null when none exists. */
  panelWith(group: number, weights?: Float64Array, relativeGap?: number): OraclePanel | null;
  /** Integer program solves so far. */
  readonly calls: number;
  dispose(): void;
}

/** Integer-program gap when a proof of optimality is needed. */
const EXACT_GAP = 1e-9;
/** Gap when any good panel will do. */
const QUICK_GAP = 1e-3;

export function createPanelOracle(highs: Highs, pool: GroupedPool): PanelOracle {
  const groupCount = pool.groupMembers.length;
  const integer: Model = buildPanelModel(highs, pool, true);
  const relaxation: Model = buildPanelModel(highs, pool, false);
  const all = columnRange(0, groupCount - 1);

  let calls = 0;
  let gap = -1;
  let groupLower = new Float64Array(groupCount);
  let groupUpper = Float64Array.from(pool.groupMembers, (members) => members.length);
  const solve = (weights: Float64Array, start?: Int32Array, relativeGap = EXACT_GAP): OraclePanel | null => {
    calls++;
    if (relativeGap !== gap) {
      integer.options.set({ mip_rel_gap: relativeGap, mip_abs_gap: relativeGap * 1e-1 });
      gap = relativeGap;
    }
    integer.changeColsCost(all, weights);
    if (start) integer.setSolution({ colValue: Float64Array.from(start) });
    const status = run(integer, "panel integer program");
    if (status === MODEL_STATUS.infeasible) return null;
    if (status !== MODEL_STATUS.optimal) {
      throw new SolverFailure(`panel integer program ended with status ${status}`);
    }
    const counts = Int32Array.from(integer.getSolution().colValue, (x) => Math.round(x));
    if (!isFeasibleCounts(pool, counts)) throw new SolverFailure("panel integer program returned an infeasible panel");
    const value = weigh(weights, counts);
    const dualBound = integer.info.get("mip_dual_bound");
    return {
      counts,
      value,
      bound: typeof dualBound === "number" ? Math.max(value, dualBound) : Number.POSITIVE_INFINITY,
    };
  };

  const relaxOrNull = (weights: Float64Array): RelaxedPanel | null => {
    relaxation.changeColsCost(all, weights);
    const status = run(relaxation, "panel LP relaxation");
    if (status === MODEL_STATUS.infeasible) return null;
    if (status !== MODEL_STATUS.optimal) throw new SolverFailure(`panel LP relaxation ended with status ${status}`);
    const values = relaxation.getSolution().colValue;
    let integral = true;
    for (const x of values) {
      if (Math.abs(x - Math.round(x)) > 1e-9) {
        integral = false;
        break;
      }
    }
    const counts = integral ? Int32Array.from(values, (x) => Math.round(x)) : null;
    return {
      bound: relaxation.getObjectiveValue(),
      counts: counts && isFeasibleCounts(pool, counts) ? counts : null,
      values,
    };
  };

  return {
    maximise: (weights, options = {}) => solve(weights, options.start, options.relativeGap),
    relax(weights) {
      const relaxed = relaxOrNull(weights);
      if (!relaxed) throw new SolverFailure("the panel LP relaxation became infeasible");
      return relaxed;
    },
    relaxOrNull,
    completeRelaxation(weights, values) {
      const lower = Float64Array.from(groupLower);
      const upper = Float64Array.from(groupUpper);
      values.forEach((x, g) => {
        if (Math.abs(x - Math.round(x)) <= 1e-9) {
          lower[g] = Math.round(x);
          upper[g] = Math.round(x);
        }
      });
      integer.changeColsBounds(all, lower, upper);
      try {
        return solve(weights, undefined, QUICK_GAP);
      } finally {
        integer.changeColsBounds(all, groupLower, groupUpper);
      }
    },
    restrict(weights, threshold) {
      const indices: number[] = [];
      const coefficients: number[] = [];
      weights.forEach((w, g) => {
        if (w !== 0) {
          indices.push(g);
          coefficients.push(w);
        }
      });
      // Only the relaxation gets the row: its real-valued coefficients make a near-equality
      // knapsack that slows branch and bound far more than it prunes.
      relaxation.addRow(threshold, highs.infinity, {
        indices: Int32Array.from(indices),
        values: Float64Array.from(coefficients),
      });
    },
    goodWithin(weights, lower, upper) {
      relaxation.changeColsBounds(all, lower, upper);
      integer.changeColsBounds(all, lower, upper);
      const saved = [groupLower, groupUpper] as const;
      groupLower = Float64Array.from(lower);
      groupUpper = Float64Array.from(upper);
      try {
        const relaxed = relaxOrNull(weights);
        if (!relaxed) return null;
        if (relaxed.counts)
          return { counts: relaxed.counts, value: weigh(weights, relaxed.counts), bound: relaxed.bound };
        return this.completeRelaxation(weights, relaxed.values) ?? solve(weights, undefined, QUICK_GAP);
      } finally {
        [groupLower, groupUpper] = saved;
        relaxation.changeColsBounds(all, groupLower, groupUpper);
        integer.changeColsBounds(all, groupLower, groupUpper);
      }
    },
    limitGroups(lower, upper) {
      groupLower = Float64Array.from(lower);
      groupUpper = Float64Array.from(upper);
      integer.changeColsBounds(all, groupLower, groupUpper);
      relaxation.changeColsBounds(all, groupLower, groupUpper);
    },
    panelWith(group, weights, relativeGap) {
      const lower = groupLower[group] as number;
      const upper = groupUpper[group] as number;
      if (upper < 1) return null;
      integer.changeColBounds(group, Math.max(1, lower), upper);
      try {
        return solve(weights ?? new Float64Array(groupCount), undefined, relativeGap);
      } finally {
        integer.changeColBounds(group, lower, upper);
      }
    },
    get calls() {
      return calls;
    },
    dispose: () => {
      integer.dispose();
      relaxation.dispose();
    },
  };
}

function weigh(weights: Float64Array, counts: Int32Array): number {
  let value = 0;
  for (let g = 0; g < counts.length; g++) value += (weights[g] as number) * (counts[g] as number);
  return value;
}

/** size = k, quotas, households; integer counts or their LP relaxation. */
export function buildPanelModel(highs: Highs, pool: GroupedPool, integer: boolean): Model {
  const groupCount = pool.groupMembers.length;
  const featureCount = pool.problem.features.length;
  const model = createModel(highs, integer ? {} : { solver: "simplex" });
  model.addVars(
    new Float64Array(groupCount),
    Float64Array.from(pool.groupMembers, (members) => members.length),
  );
  if (integer) model.changeColsIntegrality(columnRange(0, groupCount - 1), new Int32Array(groupCount).fill(1));
  model.addRow(pool.problem.k, pool.problem.k, {
    indices: Int32Array.from({ length: groupCount }, (_, g) => g),
    values: new Float64Array(groupCount).fill(1),
  });
  const quotaMembers: number[][] = Array.from({ length: pool.quotaCount }, () => []);
  for (let g = 0; g < groupCount; g++) {
    for (let f = 0; f < featureCount; f++) quotaMembers[pool.groupQuota[g * featureCount + f] as number]?.push(g);
  }
  quotaMembers.forEach((groups, q) => {
    model.addRow(pool.quotaMin[q] as number, pool.quotaMax[q] as number, {
      indices: Int32Array.from(groups),
      values: new Float64Array(groups.length).fill(1),
    });
  });
  for (const household of pool.householdGroups) {
    model.addRow(-highs.infinity, 1, {
      indices: Int32Array.from(household),
      values: new Float64Array(household.length).fill(1),
    });
  }
  model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
  return model;
}

/** Checks a panel given as group counts against size, group sizes, quotas and households. */
function isFeasibleCounts(pool: GroupedPool, counts: Int32Array): boolean {
  let size = 0;
  for (let g = 0; g < counts.length; g++) {
    const c = counts[g] as number;
    if (c < 0 || c > (pool.groupMembers[g]?.length ?? 0)) return false;
    size += c;
  }
  if (size !== pool.problem.k) return false;
  const perQuota = quotaCounts(pool, counts);
  for (let q = 0; q < pool.quotaCount; q++) {
    const c = perQuota[q] as number;
    if (c < (pool.quotaMin[q] as number) || c > (pool.quotaMax[q] as number)) return false;
  }
  for (const household of pool.householdGroups) {
    let inHousehold = 0;
    for (const g of household) inHousehold += counts[g] as number;
    if (inHousehold > 1) return false;
  }
  return true;
}
