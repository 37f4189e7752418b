/**
 * The LP that writes target probabilities π* as a distribution over the panels known so far:
 *
 *   maximise Σ_P λ_P   subject to   Σ_P λ_P c_Pg / s_g ≤ π*_g  for every group g,   λ ≥ 0.
 *
 * Every panel has exactly k members and Σ_g s_g π*_g = k, so the optimum is 1 exactly when the
 * panels can reproduce π* (then every row is tight), and below 1 otherwise. The duals v ≥ 0 price
 * new panels: a panel helps when Σ_g v_g c_Pg / s_g < 1.
 */
import { SolverFailure } from "../errors";
import type { GroupedPool } from "../volunteer-groups";
import { createModel, type Highs, MODEL_STATUS, type Model, run } from "./highs-solver";
import { panelColumn } from "./panel-column";

export interface PackingSolution {
  /** Σλ: 1 when the target is reproduced. */
  readonly total: number;
  /** Row duals per group (≥ 0). */
  readonly v: Float64Array;
  /** λ per panel in the LP, aligned with `panels`. */
  readonly x: Float64Array;
  readonly panels: readonly number[];
}

export interface PackingMaster {
  addPanel(id: number, counts: Int32Array): void;
  solve(): PackingSolution;
  dispose(): void;
}

export function createPackingMaster(highs: Highs, pool: GroupedPool, target: Float64Array): PackingMaster {
  const groupCount = pool.groupMembers.length;
  // Presolve would discard the basis; primal simplex suits added columns.
  const model: Model = createModel(highs, { solver: "simplex", presolve: "off", simplex_strategy: 4 });
  model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
  for (let g = 0; g < groupCount; g++) model.addRow(-highs.infinity, target[g] as number, { indices: [], values: [] });
  const columns: number[] = [];
  return {
    addPanel(id, counts) {
      const { indices, values } = panelColumn(pool, counts);
      model.addCol(1, 0, highs.infinity, { indices: Int32Array.from(indices), values: Float64Array.from(values) });
      columns.push(id);
    },
    solve() {
      const status = run(model, "decomposition LP");
      if (status !== MODEL_STATUS.optimal) throw new SolverFailure(`decomposition LP ended with status ${status}`);
      const solution = model.getSolution();
      return {
        total: model.getObjectiveValue(),
        v: Float64Array.from(solution.rowDual, (d) => Math.max(0, d)),
        x: solution.colValue.slice(),
        panels: [...columns],
      };
    },
    dispose: () => model.dispose(),
  };
}
