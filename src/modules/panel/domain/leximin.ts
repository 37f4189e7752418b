/**
 * LEXIMIN selection: the distribution over feasible panels that maximises the smallest selection
 * probability, then the second smallest, and so on (Flanigan et al., Nature 596, 2021).
 *
 * Two routes to the same, exact result:
 * 1. Relaxation first. LEXIMIN over the LP relaxation of the panel polytope takes a handful of
 *    small LPs. If its optimum is a mixture of integer panels — found by column generation on a
 *    single packing LP — it is the LEXIMIN over panels too, because no mixture of panels can be
 *    lexicographically better than the best point of a set that contains them all.
 * 2. Otherwise, the full column generation of the paper (`leximin-column-generation.ts`),
 *    starting from every panel route 1 found.
 */
import { decomposeExpectedCounts } from "./decompose-expected-counts";
import { InfeasibleQuotasError } from "./errors";
import { expandGroupPanels, type PersonPanel } from "./expand-group-panels";
import { analyseInfeasibleQuotas } from "./infeasibility-report";
import { type LeximinProgress, leximinByColumnGeneration } from "./leximin-column-generation";
import { createLocalSearch } from "./panel-local-search";
import { PanelStore } from "./panel-store";
import { peelDecomposition } from "./peel-decomposition";
import type { SelectionProblem } from "./problem";
import type { Random } from "./random";
import type { Highs } from "./solver/highs-solver";
import { createPanelOracle, type PanelOracle } from "./solver/panel-oracle";
import { leximinOverRelaxation } from "./solver/relaxed-leximin";
import { validateProblem } from "./validate-problem";
import { type GroupedPool, groupVolunteers } from "./volunteer-groups";

export type { LeximinProgress } from "./leximin-column-generation";

export interface LeximinOptions {
  /** A loaded HiGHS instance (`await (await import("highs")).default()`). */
  readonly highs: Highs;
  /** Seeded randomness for the search heuristics; the result does not depend on it beyond 1e-7. */
  readonly random: Random;
  /**
   * "auto" (default) tries the relaxation route first; "column-generation" always runs the
   * paper's method (slower; useful to cross-check).
   */
  readonly method?: "auto" | "column-generation";
  readonly onProgress?: (progress: LeximinProgress) => void;
}

export interface LeximinLevelSummary {
  readonly probability: number;
  /** Number of volunteers fixed at this probability. */
  readonly volunteers: number;
}

export interface LeximinStats {
  readonly method: "relaxation" | "column-generation";
  readonly panelsGenerated: number;
  readonly lpSolves: number;
  readonly integerPrograms: number;
}

export interface SelectionDistribution {
  readonly algorithm: "leximin";
  /** Selection probability of each volunteer, in the order of `problem.volunteers`; sums to k. */
  readonly probabilities: Float64Array;
  /** Distribution over panels of volunteer indices; weights sum to 1. */
  readonly panels: readonly PersonPanel[];
  /** The same distribution with interchangeable volunteers grouped (smaller; used for rounding). */
  readonly groupPanels: readonly { readonly counts: Int32Array; readonly weight: number }[];
  readonly pool: GroupedPool;
  /** Ids of volunteers who are in no panel that satisfies the quotas (probability 0). */
  readonly excluded: readonly string[];
  readonly levels: readonly LeximinLevelSummary[];
  readonly stats: LeximinStats;
}

/** Throws `InfeasibleQuotasError` (with a report) when no panel satisfies the quotas. */
export function findLeximinDistribution(problem: SelectionProblem, options: LeximinOptions): SelectionDistribution {
  validateProblem(problem);
  const { highs, random } = options;
  const pool = groupVolunteers(problem);
  const groupCount = pool.groupMembers.length;
  const store = new PanelStore(pool);
  const search = createLocalSearch(pool);
  const oracle = createPanelOracle(highs, pool);
  try {
    const first = anyPanel(
      oracle,
      Float64Array.from(pool.groupMembers, () => random()),
    );
    if (!first) throw new InfeasibleQuotasError(analyseInfeasibleQuotas(highs, problem));
    store.add(first);

    if (options.method !== "column-generation") {
      const relaxed = leximinOverRelaxation(highs, pool);
      const peeled = peelDecomposition(highs, pool, relaxed.expectedCounts, random);
      if (peeled.complete) {
        options.onProgress?.({
          fixedGroups: groupCount,
          groups: groupCount,
          level: relaxed.levels.length,
          panels: peeled.panels.length,
        });
        return result(pool, peeled.panels, relaxed.levels, {
          method: "relaxation",
          panelsGenerated: peeled.panels.length,
          lpSolves: relaxed.levels.length + peeled.panels.length,
          integerPrograms: 1,
        });
      }
      for (const panel of peeled.panels) store.add(panel.counts);
      const target = Float64Array.from(relaxed.expectedCounts, (c, g) =>
        Math.min(1, Math.max(0, c / (pool.groupMembers[g]?.length ?? 1))),
      );
      const restricted = createPanelOracle(highs, pool);
      try {
        const decomposition = decomposeExpectedCounts(highs, pool, restricted, store, search, target, relaxed.faces);
        if (decomposition.exact) {
          options.onProgress?.({
            fixedGroups: groupCount,
            groups: groupCount,
            level: relaxed.levels.length,
            panels: store.size,
          });
          return result(pool, decomposition.panels, relaxed.levels, {
            method: "relaxation",
            panelsGenerated: store.size,
            lpSolves: decomposition.lpSolves + relaxed.levels.length,
            integerPrograms: 1 + restricted.calls,
          });
        }
      } finally {
        restricted.dispose();
      }
    }

    const exact = leximinByColumnGeneration(highs, pool, oracle, store, search, random, options.onProgress);
    return result(pool, exact.panels, exact.levels, {
      method: "column-generation",
      panelsGenerated: store.size,
      lpSolves: exact.lpSolves,
      integerPrograms: oracle.calls,
    });
  } finally {
    oracle.dispose();
  }
}

/** Some feasible panel (the LP relaxation and its rounding usually suffice), or null if none exists. */
function anyPanel(oracle: PanelOracle, weights: Float64Array): Int32Array | null {
  const relaxed = oracle.relaxOrNull(weights);
  if (!relaxed) return null;
  if (relaxed.counts) return relaxed.counts;
  const rounded = oracle.completeRelaxation(weights, relaxed.values);
  if (rounded) return rounded.counts;
  return oracle.maximise(weights, { relativeGap: 0.05 })?.counts ?? null;
}

function result(
  pool: GroupedPool,
  groupPanels: readonly { readonly counts: Int32Array; readonly weight: number }[],
  levels: readonly { readonly probability: number; readonly groups: readonly number[] }[],
  stats: LeximinStats,
): SelectionDistribution {
  const { problem } = pool;
  const groupProbability = new Float64Array(pool.groupMembers.length);
  for (const { counts, weight } of groupPanels) {
    counts.forEach((c, g) => {
      if (c > 0)
        groupProbability[g] = (groupProbability[g] as number) + (weight * c) / (pool.groupMembers[g]?.length ?? 1);
    });
  }
  const probabilities = Float64Array.from(pool.groupOfVolunteer, (g) => groupProbability[g] as number);
  const excluded = problem.volunteers.filter((_, i) => (probabilities[i] as number) <= 1e-12).map((v) => v.id);
  return {
    algorithm: "leximin",
    probabilities,
    panels: expandGroupPanels(pool, groupPanels),
    groupPanels,
    pool,
    excluded,
    levels: levels.map((level) => ({
      probability: level.probability,
      volunteers: level.groups.reduce((sum, g) => sum + (pool.groupMembers[g]?.length ?? 0), 0),
    })),
    stats,
  };
}
