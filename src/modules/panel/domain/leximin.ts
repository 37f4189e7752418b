/**
 * LEXIMIN selection: the distribution over feasible panels that maximises the smallest selection
 * probability, then the second smallest, and so on. Entry point of the fair lottery.
 */
import { InfeasibleQuotasError } from "./errors";
import { expandGroupPanels, type PersonPanel } from "./expand-group-panels";
import { analyseInfeasibleQuotas } from "./infeasibility-report";
import { type LeximinProgress, type LeximinStats, leximinOverGroups } from "./leximin-column-generation";
import type { SelectionProblem } from "./problem";
import type { Random } from "./random";
import type { Highs } from "./solver/highs-solver";
import { createPanelOracle } from "./solver/panel-oracle";
import { validateProblem } from "./validate-problem";
import { type GroupedPool, groupVolunteers } from "./volunteer-groups";

export type { LeximinProgress, LeximinStats } from "./leximin-column-generation";

export interface LeximinOptions {
  /** A loaded HiGHS instance (`await (await import("highs")).default()`). */
  readonly highs: Highs;
  /** Seeded randomness for the search heuristics; the result does not depend on it beyond 1e-6. */
  readonly random: Random;
  readonly onProgress?: (progress: LeximinProgress) => void;
}

export interface LeximinLevelSummary {
  readonly probability: number;
  /** Volunteers fixed at this probability. */
  readonly volunteers: number;
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
  /** Ids of volunteers who are in no panel that satisfies the quotas. */
  readonly excluded: readonly string[];
  readonly levels: readonly LeximinLevelSummary[];
  readonly stats: LeximinStats;
}

/** Throws `InfeasibleQuotasError` (with a report) when no panel satisfies the quotas. */
export function findLeximinDistribution(problem: SelectionProblem, options: LeximinOptions): SelectionDistribution {
  validateProblem(problem);
  const pool = groupVolunteers(problem);
  const oracle = createPanelOracle(options.highs, pool);
  try {
    const weights = Float64Array.from(pool.groupMembers, () => 1 + options.random());
    const first = oracle.maximise(weights);
    if (!first) throw new InfeasibleQuotasError(analyseInfeasibleQuotas(options.highs, problem));
    const result = leximinOverGroups(options.highs, pool, oracle, first.counts, options.random, options.onProgress);
    const probabilities = Float64Array.from(
      pool.groupOfVolunteer,
      (g) => result.groupProbability[g] as number,
    );
    const excluded = result.excludedGroups.flatMap((g) =>
      (pool.groupMembers[g] ?? []).map((i) => problem.volunteers[i]?.id ?? ""),
    );
    return {
      algorithm: "leximin",
      probabilities,
      panels: expandGroupPanels(pool, result.panels),
      groupPanels: result.panels,
      pool,
      excluded,
      levels: result.levels.map((level) => ({
        probability: level.probability,
        volunteers: level.groups.reduce((sum, g) => sum + (pool.groupMembers[g]?.length ?? 0), 0),
      })),
      stats: { ...result.stats, integerProgramCalls: oracle.calls },
    };
  } finally {
    oracle.dispose();
  }
}
