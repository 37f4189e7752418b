/**
 * Writes target selection probabilities as a distribution over integer panels, by column
 * generation on the packing LP of `solver/packing-master.ts`. Succeeds exactly when the target
 * lies in the convex hull of the feasible panels.
 *
 * The search is narrowed with what the target implies: a group with target 0 (or 1) is on no
 * (or every) panel of such a distribution, and every panel lies on each face the relaxed LEXIMIN
 * found.
 */
import type { LocalSearch } from "./panel-local-search";
import { createPricer, type PricingStats } from "./panel-pricing";
import type { PanelStore } from "./panel-store";
import type { Highs } from "./solver/highs-solver";
import { createPackingMaster } from "./solver/packing-master";
import type { PanelOracle } from "./solver/panel-oracle";
import type { Face } from "./solver/relaxed-leximin";
import type { GroupedPool } from "./volunteer-groups";

/** A panel helps when its dual weight is below 1 by more than this. */
const PRICING_TOLERANCE = 1e-9;
/** The target counts as reproduced when Σλ reaches 1 within this. */
const EXACTNESS = 1e-9;
/** Targets this close to 0 or 1 are treated as exactly 0 or 1. */
const BOUND_TOLERANCE = 1e-9;
/** Slack of the face rows, relative to their right-hand side. */
const FACE_TOLERANCE = 1e-9;
/** Extra columns per round from local search (each LP re-solve has a fixed cost). */
const LOCAL_COLUMNS = 20;

export interface Decomposition {
  /** True when the panels reproduce the target (within 1e-9). */
  readonly exact: boolean;
  readonly panels: readonly { readonly counts: Int32Array; readonly weight: number }[];
  readonly lpSolves: number;
  readonly pricing: PricingStats;
}

export function decomposeExpectedCounts(
  highs: Highs,
  pool: GroupedPool,
  oracle: PanelOracle,
  store: PanelStore,
  search: LocalSearch,
  target: Float64Array,
  faces: readonly Face[],
): Decomposition {
  const groupCount = pool.groupMembers.length;
  const size = Float64Array.from(pool.groupMembers, (m) => m.length);
  const lower = new Float64Array(groupCount);
  const upper = Float64Array.from(size);
  for (let g = 0; g < groupCount; g++) {
    const p = target[g] as number;
    if (p <= BOUND_TOLERANCE) upper[g] = 0;
    if (p >= 1 - BOUND_TOLERANCE) lower[g] = size[g] as number;
  }
  oracle.limitGroups(lower, upper);
  for (const face of faces)
    oracle.restrict(face.weights, face.value - FACE_TOLERANCE * Math.max(1, Math.abs(face.value)));

  const pricer = createPricer(oracle, store, search);
  const master = createPackingMaster(highs, pool, target);
  try {
    let added = 0;
    const addNew = (): void => {
      for (; added < store.size; added++) master.addPanel(added, store.panels[added] as Int32Array);
    };
    let lpSolves = 0;
    for (;;) {
      addNew();
      const solution = master.solve();
      lpSolves++;
      if (solution.total >= 1 - EXACTNESS) {
        return {
          exact: true,
          panels: store.distribution(solution.x, solution.panels),
          lpSolves,
          pricing: pricer.stats,
        };
      }
      // Minimising Σ v_g c_g / s_g is maximising its negative.
      const weights = Float64Array.from(solution.v, (v, g) => -v / (size[g] as number));
      const threshold = -1 + PRICING_TOLERANCE;
      if (!pricer.find(weights, threshold)) {
        return {
          exact: false,
          panels: store.distribution(solution.x, solution.panels),
          lpSolves,
          pricing: pricer.stats,
        };
      }
      const used = solution.panels.filter((_, j) => (solution.x[j] as number) > 1e-12);
      pricer.improveKnown(used, weights, threshold, LOCAL_COLUMNS);
    }
  } finally {
    master.dispose();
  }
}
