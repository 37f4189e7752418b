/**
 * Finds an integer panel inside a face of the relaxed panel polytope: some quota rows, household
 * rows and group bounds are held at equality (those that are tight at the point being
 * decomposed), because every panel of a mixture that reaches that point must satisfy them too.
 */
import { SolverFailure } from "../errors";
import type { Random } from "../random";
import type { GroupedPool } from "../volunteer-groups";
import { columnRange, type Highs, MODEL_STATUS, type Model, run } from "./highs-solver";
import { buildPanelModel } from "./panel-oracle";

/** LP objectives tried before an integer program rounds a fractional vertex. */
const LP_ATTEMPTS = 6;

export interface FaceBounds {
  /** Per group, the allowed count range. */
  readonly groupLower: Float64Array;
  readonly groupUpper: Float64Array;
  /** Per quota, the allowed count range (equal to min or max where the face holds it). */
  readonly quotaLower: Float64Array;
  readonly quotaUpper: Float64Array;
  /** Per household row, the allowed range of members (upper 1; lower 1 where held). */
  readonly householdLower: Float64Array;
}

export interface FaceSearch {
  /** An integer panel in the face, preferring large weights; null when the face has none. */
  find(face: FaceBounds, weights: Float64Array, random: Random): Int32Array | null;
  dispose(): void;
}

export function createFaceSearch(highs: Highs, pool: GroupedPool): FaceSearch {
  const groupCount = pool.groupMembers.length;
  const relaxation: Model = buildPanelModel(highs, pool, false);
  const integer: Model = buildPanelModel(highs, pool, true);
  integer.options.set({ mip_rel_gap: 1e-2 });
  const all = columnRange(0, groupCount - 1);
  const rowCount = 1 + pool.quotaCount + pool.householdGroups.length;
  const rows = columnRange(1, rowCount - 1);

  const apply = (model: Model, face: FaceBounds, weights: Float64Array): void => {
    model.changeColsBounds(all, face.groupLower, face.groupUpper);
    if (rowCount > 1) {
      const lower = new Float64Array(rowCount - 1);
      const upper = new Float64Array(rowCount - 1);
      lower.set(face.quotaLower, 0);
      upper.set(face.quotaUpper, 0);
      lower.set(face.householdLower, pool.quotaCount);
      upper.fill(1, pool.quotaCount);
      model.changeRowsBounds(rows, lower, upper);
    }
    model.changeColsCost(all, weights);
  };

  return {
    find(face, weights, random) {
      apply(relaxation, face, weights);
      let values: Float64Array | undefined;
      // Vertices of the face are mostly integral; a few other objectives usually find one and
      // cost a millisecond each, where an integer program costs tens.
      for (let attempt = 0; attempt < LP_ATTEMPTS; attempt++) {
        if (attempt > 0)
          relaxation.changeColsCost(
            all,
            Float64Array.from(weights, (w) => w * (0.5 + random())),
          );
        const status = run(relaxation, "face LP");
        if (status === MODEL_STATUS.infeasible) return null;
        if (status !== MODEL_STATUS.optimal) throw new SolverFailure(`face LP ended with status ${status}`);
        values = relaxation.getSolution().colValue;
        if (values.every((x) => Math.abs(x - Math.round(x)) <= 1e-9)) return solutionOf(relaxation);
      }
      if (!values) return null;
      apply(integer, face, weights);
      // Most of the LP optimum is usually whole already: first try to round only the rest.
      const lower = Float64Array.from(face.groupLower);
      const upper = Float64Array.from(face.groupUpper);
      values.forEach((x, g) => {
        if (Math.abs(x - Math.round(x)) <= 1e-9) {
          lower[g] = Math.round(x);
          upper[g] = Math.round(x);
        }
      });
      integer.changeColsBounds(all, lower, upper);
      if (run(integer, "face integer program") === MODEL_STATUS.optimal) return solutionOf(integer);
      integer.changeColsBounds(all, face.groupLower, face.groupUpper);
      const status2 = run(integer, "face integer program");
      if (status2 === MODEL_STATUS.infeasible) return null;
      if (status2 !== MODEL_STATUS.optimal)
        throw new SolverFailure(`face integer program ended with status ${status2}`);
      return solutionOf(integer);
    },
    dispose() {
      relaxation.dispose();
      integer.dispose();
    },
  };
}

function solutionOf(model: Model): Int32Array {
  return Int32Array.from(model.getSolution().colValue, (x) => Math.round(x));
}
