/**
 * The smallest change to the quotas that lets a panel exist, found as an integer program:
 * the same panel model as the oracle, but every minimum may drop by r⁻ and every maximum may rise
 * by r⁺ (never beyond min_flex / max_flex where the quotas give them), at a cost. The panel size
 * and the household rule are never relaxed: they are not quotas but the task itself.
 *
 * Cost of one unit: 1 + 0.5 / bound. The whole units dominate, so the fewest seats change; among
 * equally many, the part 0.5 / bound prefers changing large quotas, because lowering a minimum of
 * 2 to 1 halves a group's guaranteed seats while lowering 20 to 19 barely matters.
 */
import { SolverFailure } from "../errors";
import type { GroupedPool } from "../volunteer-groups";
import { createModel, type Highs, MODEL_STATUS, run } from "./highs-solver";

export interface QuotaChange {
  readonly quota: number;
  readonly bound: "min" | "max";
  readonly from: number;
  readonly to: number;
}

/** Returns the changes, or null when even the largest allowed relaxation admits no panel. */
export function findSmallestRelaxation(highs: Highs, pool: GroupedPool): QuotaChange[] | null {
  const groupCount = pool.groupMembers.length;
  const featureCount = pool.problem.features.length;
  const quotaCount = pool.quotaCount;
  const k = pool.problem.k;
  const inf = highs.infinity;
  const flex = pool.problem.features.flatMap((feature) => feature.values);
  const model = createModel(highs, { mip_rel_gap: 0 });
  try {
    // Columns: group counts, then r⁻ per quota, then r⁺ per quota.
    model.addVars(
      new Float64Array(groupCount),
      Float64Array.from(pool.groupMembers, (m) => m.length),
    );
    const lowerSlack = Float64Array.from({ length: quotaCount }, (_, q) => {
      const min = pool.quotaMin[q] as number;
      return min - Math.min(min, flex[q]?.minFlex ?? 0);
    });
    const upperSlack = Float64Array.from({ length: quotaCount }, (_, q) => {
      const max = pool.quotaMax[q] as number;
      const maxFlex = flex[q]?.maxFlex;
      return maxFlex === undefined ? k : Math.max(0, maxFlex - max);
    });
    model.addVars(new Float64Array(quotaCount), lowerSlack);
    model.addVars(new Float64Array(quotaCount), upperSlack);
    const total = groupCount + 2 * quotaCount;
    model.changeColsIntegrality({ kind: "range", from: 0, to: total - 1 }, new Int32Array(total).fill(1));
    for (let q = 0; q < quotaCount; q++) {
      model.changeColCost(groupCount + q, 1 + 0.5 / Math.max(1, pool.quotaMin[q] as number));
      model.changeColCost(groupCount + quotaCount + q, 1 + 0.5 / Math.max(1, pool.quotaMax[q] as number));
    }
    model.addRow(k, k, {
      indices: Int32Array.from({ length: groupCount }, (_, g) => g),
      values: new Float64Array(groupCount).fill(1),
    });
    const quotaGroups: number[][] = Array.from({ length: quotaCount }, () => []);
    for (let g = 0; g < groupCount; g++) {
      for (let f = 0; f < featureCount; f++) quotaGroups[pool.groupQuota[g * featureCount + f] as number]?.push(g);
    }
    quotaGroups.forEach((groups, q) => {
      const ones = new Array<number>(groups.length).fill(1);
      // count + r⁻ ≥ min  and  count − r⁺ ≤ max
      model.addRow(pool.quotaMin[q] as number, inf, { indices: [...groups, groupCount + q], values: [...ones, 1] });
      model.addRow(-inf, pool.quotaMax[q] as number, {
        indices: [...groups, groupCount + quotaCount + q],
        values: [...ones, -1],
      });
    });
    for (const household of pool.householdGroups) {
      model.addRow(-inf, 1, {
        indices: Int32Array.from(household),
        values: new Float64Array(household.length).fill(1),
      });
    }
    const status = run(model, "quota relaxation integer program");
    if (status === MODEL_STATUS.infeasible) return null;
    if (status !== MODEL_STATUS.optimal) {
      throw new SolverFailure(`quota relaxation integer program ended with status ${status}`);
    }
    const values = model.getSolution().colValue;
    const changes: QuotaChange[] = [];
    for (let q = 0; q < quotaCount; q++) {
      const down = Math.round(values[groupCount + q] as number);
      const up = Math.round(values[groupCount + quotaCount + q] as number);
      const min = pool.quotaMin[q] as number;
      const max = pool.quotaMax[q] as number;
      if (down > 0) changes.push({ quota: q, bound: "min", from: min, to: min - down });
      if (up > 0) changes.push({ quota: q, bound: "max", from: max, to: max + up });
    }
    return changes;
  } finally {
    model.dispose();
  }
}
