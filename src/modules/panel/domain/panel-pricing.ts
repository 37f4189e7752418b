/**
 * Pricing for column generation: given weights per member of each group (from LP duals) and a
 * threshold, find panels whose weight exceeds it, or prove that none exists.
 *
 * Cheapest first: the LP relaxation of the panel program (milliseconds) both bounds every panel —
 * below the threshold it proves there is nothing to find — and is often integral. A fractional
 * optimum is rounded by a small integer program over its fractional groups; only when that fails
 * does the full integer program run, first with a loose gap, and with a tight one only to settle
 * the last doubt. Each LP re-solve costs a fixed overhead in HiGHS, so pricing also returns cheap
 * extra columns: the panels the LP currently uses, improved by swaps under the new weights.
 */
import { SolverFailure } from "./errors";
import type { LocalSearch } from "./panel-local-search";
import type { PanelStore } from "./panel-store";
import type { PanelOracle } from "./solver/panel-oracle";

/** Gap of the first, fast integer program in a pricing round. */
const QUICK_GAP = 1e-3;
/** Gap that settles whether any panel beats the threshold. */
const EXACT_GAP = 1e-9;

export interface PricingStats {
  relaxations: number;
  roundings: number;
  integerPrograms: number;
  localSearchColumns: number;
}

export interface Pricer {
  /** A new panel (already added to the store) worth more than the threshold, or null if none exists. */
  find(weights: Float64Array, threshold: number): Int32Array | null;
  /** Up to `limit` new panels above the threshold, by local search from the given stored panels. */
  improveKnown(starts: readonly number[], weights: Float64Array, threshold: number, limit: number): number;
  readonly stats: PricingStats;
}

export function createPricer(oracle: PanelOracle, store: PanelStore, search: LocalSearch): Pricer {
  const stats: PricingStats = { relaxations: 0, roundings: 0, integerPrograms: 0, localSearchColumns: 0 };
  const weigh = (weights: Float64Array, counts: Int32Array): number => {
    let sum = 0;
    for (let g = 0; g < counts.length; g++) sum += (weights[g] as number) * (counts[g] as number);
    return sum;
  };
  return {
    stats,
    find(weights, threshold) {
      stats.relaxations++;
      const relaxed = oracle.relax(weights);
      if (relaxed.bound <= threshold) return null;
      if (relaxed.counts && store.add(relaxed.counts)) return relaxed.counts;
      if (!relaxed.counts) {
        stats.roundings++;
        const rounded = oracle.completeRelaxation(weights, relaxed.values);
        if (rounded && rounded.value > threshold && store.add(rounded.counts)) return rounded.counts;
      }
      stats.integerPrograms++;
      const quick = oracle.maximise(weights, { relativeGap: QUICK_GAP });
      if (!quick) throw new SolverFailure("the panel integer program became infeasible");
      if (quick.value > threshold && store.add(quick.counts)) return quick.counts;
      if (quick.bound <= threshold) return null;
      stats.integerPrograms++;
      const exact = oracle.maximise(weights, { start: quick.counts, relativeGap: EXACT_GAP });
      if (!exact) throw new SolverFailure("the panel integer program became infeasible");
      // A known panel above the threshold means the LP has not caught up with its own tolerance;
      // there is nothing new to add.
      return exact.value > threshold && store.add(exact.counts) ? exact.counts : null;
    },
    improveKnown(starts, weights, threshold, limit) {
      const ordered = [...starts].sort(
        (a, b) => weigh(weights, store.panels[b] as Int32Array) - weigh(weights, store.panels[a] as Int32Array),
      );
      let found = 0;
      const tries = Math.min(ordered.length, 3 * limit);
      for (let s = 0; s < tries && found < limit; s++) {
        const counts = Int32Array.from(store.panels[ordered[s] as number] as Int32Array);
        if (search.improve(counts, weights) > threshold && store.add(counts)) found++;
      }
      stats.localSearchColumns += found;
      return found;
    },
  };
}
