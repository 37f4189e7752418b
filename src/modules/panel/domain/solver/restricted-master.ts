/**
 * The LP over the panels known so far (the "restricted master" of column generation):
 *
 *   maximise z
 *   subject to  π_g = Σ_P (c_Pg / s_g) x_P ≥ z     for every group g not yet fixed
 *               π_g ≥ p_g                          for every fixed group (probability p_g)
 *               Σ_P x_P ≤ 1,  x ≥ 0
 *
 * where c_Pg is how many members of group g panel P takes and s_g the group size, so π_g is the
 * selection probability of each member of g. Its row duals y_g ≥ 0 and ŷ ≥ 0 price new panels:
 * a panel improves the LP exactly when Σ_g y_g c_Pg / s_g > ŷ.
 *
 * The model is persistent: adding a panel adds a column and the simplex method restarts from the
 * previous basis, which makes a re-solve take milliseconds.
 */
import { SolverFailure } from "../errors";
import type { GroupedPool } from "../volunteer-groups";
import { createModel, type Highs, MODEL_STATUS, type Model, run } from "./highs-solver";
import { panelColumn } from "./panel-column";

export interface MasterSolution {
  /** Optimal z: the smallest probability among groups not yet fixed. */
  readonly z: number;
  /** Dual weight of each group row (≥ 0), per group. */
  readonly y: Float64Array;
  /** Dual of the convexity row: a panel improves the LP when its weight exceeds it. */
  readonly yHat: number;
  /** Weight of each panel in the LP, aligned with `panels`. */
  readonly x: Float64Array;
  /** Ids of the panels in the LP (as given to `addPanel`). */
  readonly panels: readonly number[];
}

export interface RestrictedMaster {
  addPanel(id: number, counts: Int32Array): void;
  /** Drops panels from the LP (they can no longer carry probability); keeps the basis warm. */
  removePanels(ids: ReadonlySet<number>): void;
  /** Dual simplex from the last basis: a vertex solution. */
  solveSimplex(): MasterSolution;
  /** Pins group g's probability to at least p; z no longer applies to it. */
  fix(group: number, probability: number): void;
  readonly panelCount: number;
  dispose(): void;
}

export function createRestrictedMaster(highs: Highs, pool: GroupedPool): RestrictedMaster {
  const groupCount = pool.groupMembers.length;
  const inf = highs.infinity;
  const model: Model = createModel(highs, {
    solver: "simplex",
    // Presolve would discard the basis; primal simplex suits added columns (the basis stays
    // primal feasible, only the new columns price in).
    presolve: "off",
    simplex_strategy: 4,
  });
  model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
  // Column 0 is z. It is bounded above by 1 only so that the LP stays bounded once every group
  // row is fixed; a probability never exceeds 1 anyway.
  model.addVar(-inf, 1);
  model.changeColCost(0, 1);
  for (let g = 0; g < groupCount; g++) model.addRow(0, inf, { indices: [0], values: [-1] });
  model.addRow(-inf, 1, { indices: [], values: [] });
  const columns: number[] = [];

  const readSolution = (what: string): MasterSolution => {
    const status = model.getModelStatus();
    if (status !== MODEL_STATUS.optimal) throw new SolverFailure(`${what} ended with status ${status}`);
    const solution = model.getSolution();
    const y = new Float64Array(groupCount);
    for (let g = 0; g < groupCount; g++) y[g] = Math.max(0, -(solution.rowDual[g] as number));
    return {
      z: solution.colValue[0] as number,
      y,
      yHat: Math.max(0, solution.rowDual[groupCount] as number),
      x: solution.colValue.slice(1),
      panels: [...columns],
    };
  };

  const solveSimplex = (): MasterSolution => {
    run(model, "restricted master LP");
    return readSolution("restricted master LP");
  };

  return {
    addPanel(id, counts) {
      const { indices, values } = panelColumn(pool, counts);
      indices.push(groupCount);
      values.push(1);
      model.addCol(0, 0, inf, { indices: Int32Array.from(indices), values: Float64Array.from(values) });
      columns.push(id);
    },
    removePanels(ids) {
      const doomed: number[] = [];
      columns.forEach((id, j) => {
        if (ids.has(id)) doomed.push(j + 1);
      });
      if (doomed.length === 0) return;
      model.deleteCols({ kind: "set", indices: Int32Array.from(doomed) });
      const kept = columns.filter((id) => !ids.has(id));
      columns.length = 0;
      columns.push(...kept);
    },
    solveSimplex,
    fix(group, probability) {
      model.changeCoefficient(group, 0, 0);
      model.changeRowBounds(group, probability, inf);
    },
    get panelCount() {
      return columns.length;
    },
    dispose: () => model.dispose(),
  };
}
