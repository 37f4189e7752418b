/**
 * A fast heuristic for "find a feasible panel with a large weight": start from a feasible panel
 * and swap one member for another while that keeps every quota and household rule and raises
 * the weight. Column generation only needs *some* improving panel per round, and this finds one
 * in well under a millisecond most of the time; the exact integer program is asked only when the
 * heuristic finds nothing, which is also the proof that the LP has converged.
 */
import { type Random, shuffle } from "./random";
import type { GroupedPool } from "./volunteer-groups";

export interface LocalSearch {
  /** Improves the panel (group counts, changed in place) by best swaps; returns its final weight. */
  improve(counts: Int32Array, weights: Float64Array): number;
  /**
   * Tries to bring group g into the panel (changed in place) by one swap that keeps it feasible,
   * preferring the swap that loses the least weight. Returns false when no single swap does.
   */
  insert(counts: Int32Array, group: number, weights: Float64Array): boolean;
  /** Up to `limit` different panels one feasible swap away from the given one. */
  neighbours(counts: Int32Array, limit: number, random: Random): Int32Array[];
}

export function createLocalSearch(pool: GroupedPool): LocalSearch {
  const groupCount = pool.groupMembers.length;
  const featureCount = pool.problem.features.length;
  const size = Int32Array.from(pool.groupMembers, (m) => m.length);
  const householdOf = new Int32Array(groupCount).fill(-1);
  pool.householdGroups.forEach((groups, h) => {
    for (const g of groups) householdOf[g] = h;
  });
  const { quotaMin, quotaMax, groupQuota } = pool;
  const quotaCount = new Int32Array(pool.quotaCount);
  const householdCount = new Int32Array(pool.householdGroups.length);

  const load = (counts: Int32Array): void => {
    quotaCount.fill(0);
    householdCount.fill(0);
    for (let g = 0; g < groupCount; g++) {
      const c = counts[g] as number;
      if (c === 0) continue;
      for (let f = 0; f < featureCount; f++) {
        const q = groupQuota[g * featureCount + f] as number;
        quotaCount[q] = (quotaCount[q] as number) + c;
      }
      const h = householdOf[g] as number;
      if (h >= 0) householdCount[h] = (householdCount[h] as number) + c;
    }
  };

  /** Whether removing one member of `out` and adding one of `into` keeps the panel feasible. */
  const canSwap = (counts: Int32Array, out: number, into: number): boolean => {
    if ((counts[into] as number) >= (size[into] as number)) return false;
    const h = householdOf[into] as number;
    if (h >= 0 && (householdCount[h] as number) - (householdOf[out] === h ? 1 : 0) >= 1) return false;
    const baseOut = out * featureCount;
    const baseIn = into * featureCount;
    for (let f = 0; f < featureCount; f++) {
      const qOut = groupQuota[baseOut + f] as number;
      const qIn = groupQuota[baseIn + f] as number;
      if (qOut === qIn) continue;
      if ((quotaCount[qOut] as number) <= (quotaMin[qOut] as number)) return false;
      if ((quotaCount[qIn] as number) >= (quotaMax[qIn] as number)) return false;
    }
    return true;
  };

  const swap = (counts: Int32Array, out: number, into: number): void => {
    counts[out] = (counts[out] as number) - 1;
    counts[into] = (counts[into] as number) + 1;
    for (let f = 0; f < featureCount; f++) {
      const qOut = groupQuota[out * featureCount + f] as number;
      const qIn = groupQuota[into * featureCount + f] as number;
      quotaCount[qOut] = (quotaCount[qOut] as number) - 1;
      quotaCount[qIn] = (quotaCount[qIn] as number) + 1;
    }
    const hOut = householdOf[out] as number;
    const hIn = householdOf[into] as number;
    if (hOut >= 0) householdCount[hOut] = (householdCount[hOut] as number) - 1;
    if (hIn >= 0) householdCount[hIn] = (householdCount[hIn] as number) + 1;
  };

  // Groups in order of falling weight, rebuilt only when the weights change.
  let sortedFor: Float64Array | undefined;
  let byWeight = new Int32Array(0);
  const order = (weights: Float64Array): Int32Array => {
    if (sortedFor !== weights) {
      byWeight = Int32Array.from({ length: groupCount }, (_, g) => g).sort(
        (a, b) => (weights[b] as number) - (weights[a] as number),
      );
      sortedFor = weights;
    }
    return byWeight;
  };

  return {
    improve(counts, weights) {
      load(counts);
      const candidates = order(weights);
      for (let step = 0; step < 10 * pool.problem.k + 100; step++) {
        let bestGain = 1e-12;
        let bestOut = -1;
        let bestIn = -1;
        for (let out = 0; out < groupCount; out++) {
          if ((counts[out] as number) === 0) continue;
          const wOut = weights[out] as number;
          for (const into of candidates) {
            const gain = (weights[into] as number) - wOut;
            if (gain <= bestGain) break;
            if (into !== out && canSwap(counts, out, into)) {
              bestGain = gain;
              bestOut = out;
              bestIn = into;
              break;
            }
          }
        }
        if (bestOut < 0) break;
        swap(counts, bestOut, bestIn);
      }
      let value = 0;
      for (let g = 0; g < groupCount; g++) value += (weights[g] as number) * (counts[g] as number);
      return value;
    },
    neighbours(counts, limit, random) {
      load(counts);
      const swaps: [number, number][] = [];
      for (let out = 0; out < groupCount; out++) {
        if ((counts[out] as number) === 0) continue;
        for (let into = 0; into < groupCount; into++) {
          if (into !== out && canSwap(counts, out, into)) swaps.push([out, into]);
        }
      }
      return shuffle(random, swaps)
        .slice(0, limit)
        .map(([out, into]) => {
          const next = Int32Array.from(counts);
          next[out] = (next[out] as number) - 1;
          next[into] = (next[into] as number) + 1;
          return next;
        });
    },
    insert(counts, group, weights) {
      load(counts);
      let bestOut = -1;
      let bestLoss = Number.POSITIVE_INFINITY;
      for (let out = 0; out < groupCount; out++) {
        if ((counts[out] as number) === 0 || out === group) continue;
        const loss = weights[out] as number;
        if (loss < bestLoss && canSwap(counts, out, group)) {
          bestLoss = loss;
          bestOut = out;
        }
      }
      if (bestOut < 0) return false;
      swap(counts, bestOut, group);
      return true;
    },
  };
}
