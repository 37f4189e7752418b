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
}

export interface PanelOracle {
  /** The feasible panel of largest weight, or null when no panel satisfies the quotas. */
  maximise(weights: Float64Array, start?: Int32Array): OraclePanel | null;
  /** A feasible panel with at least one member of group g, or null when none exists. */
  panelWith(group: number, weights?: Float64Array): OraclePanel | null;
  readonly calls: number;
  dispose(): void;
}

export function createPanelOracle(highs: Highs, pool: GroupedPool): PanelOracle {
  const groupCount = pool.groupMembers.length;
  const featureCount = pool.problem.features.length;
  // A tight gap: column generation stops when the best panel is not better than the LP's
  // threshold, so an inexact optimum would stop it early and leave probabilities too low.
  const model: Model = createModel(highs, { mip_rel_gap: 1e-9, mip_abs_gap: 1e-10 });
  const inf = highs.infinity;
  model.addVars(
    new Float64Array(groupCount),
    Float64Array.from(pool.groupMembers, (members) => members.length),
  );
  model.changeColsIntegrality(columnRange(0, groupCount - 1), new Int32Array(groupCount).fill(1));
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
    model.addRow(-inf, 1, { indices: Int32Array.from(household), values: new Float64Array(household.length).fill(1) });
  }
  model.changeObjectiveSense(highs.constants.objectiveSense.maximize);

  let calls = 0;
  const solve = (weights: Float64Array, start?: Int32Array): OraclePanel | null => {
    calls++;
    model.changeColsCost(columnRange(0, groupCount - 1), weights);
    if (start) model.setSolution({ colValue: Float64Array.from(start) });
    const status = run(model, "panel integer program");
    if (status === MODEL_STATUS.infeasible) return null;
    if (status !== MODEL_STATUS.optimal) {
      throw new SolverFailure(`panel integer program ended with status ${status}`);
    }
    const values = model.getSolution().colValue;
    const counts = Int32Array.from(values, (x) => Math.round(x));
    if (!isFeasibleCounts(pool, counts)) throw new SolverFailure("panel integer program returned an infeasible panel");
    let value = 0;
    for (let g = 0; g < groupCount; g++) value += (weights[g] as number) * (counts[g] as number);
    return { counts, value };
  };

  return {
    maximise: solve,
    panelWith(group, weights) {
      const upper = pool.groupMembers[group]?.length ?? 0;
      model.changeColBounds(group, 1, upper);
      try {
        return solve(weights ?? new Float64Array(groupCount));
      } finally {
        model.changeColBounds(group, 0, upper);
      }
    },
    get calls() {
      return calls;
    },
    dispose: () => model.dispose(),
  };
}

/** Checks a panel given as group counts against size, group sizes, quotas and households. */
export function isFeasibleCounts(pool: GroupedPool, counts: Int32Array): boolean {
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
