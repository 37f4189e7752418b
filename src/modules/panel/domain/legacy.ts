/**
 * LEGACY: the greedy method that selection practice used before LEXIMIN, as the Sortition
 * Foundation describes it and Flanigan et al. (2021) use as their baseline. It fills the panel one
 * seat at a time: take the feature value that most urgently needs people — the largest
 * (minimum − selected) / (volunteers left with that value) — and draw a volunteer with that value
 * uniformly at random. Values that reach their maximum drop out of the pool. It is kept as the
 * comparison that shows what LEXIMIN gains: volunteers from over-represented groups can end up
 * with almost no chance.
 */
import { LegacyGaveUpError } from "./errors";
import type { Panel, SelectionProblem } from "./problem";
import { type Random, randomInt } from "./random";
import { validateProblem } from "./validate-problem";
import { groupVolunteers } from "./volunteer-groups";

/** One greedy attempt; null when it runs into a dead end (a minimum that can no longer be met). */
export function legacyPanel(problem: SelectionProblem, random: Random): Panel | null {
  return createLegacySampler(problem)(random);
}

export interface LegacyEstimate {
  readonly algorithm: "legacy";
  /** Share of successful runs in which each volunteer was selected. */
  readonly probabilities: Float64Array;
  readonly runs: number;
  /** Attempts that ended in a dead end and were repeated (as the practice does). */
  readonly failedAttempts: number;
  /** Distinct panels among the runs. */
  readonly distinctPanels: number;
}

/**
 * Estimates LEGACY's selection probabilities from `runs` successful runs. Failed attempts are
 * retried, up to 100 per run on average; beyond that the quotas are too tight for LEGACY.
 */
export function estimateLegacyProbabilities(problem: SelectionProblem, runs: number, random: Random): LegacyEstimate {
  validateProblem(problem);
  const sample = createLegacySampler(problem);
  const selected = new Float64Array(problem.volunteers.length);
  const distinct = new Set<string>();
  let failedAttempts = 0;
  for (let run = 0; run < runs; ) {
    const panel = sample(random);
    if (!panel) {
      failedAttempts++;
      if (failedAttempts > 100 * runs + 1000) {
        throw new LegacyGaveUpError(failedAttempts);
      }
      continue;
    }
    for (const i of panel) selected[i] = (selected[i] as number) + 1;
    if (distinct.size < 100_000) distinct.add(panel.join(","));
    run++;
  }
  return {
    algorithm: "legacy",
    probabilities: selected.map((c) => c / runs),
    runs,
    failedAttempts,
    distinctPanels: distinct.size,
  };
}

/** Precomputes the pool's structure once, so that thousands of runs stay cheap. */
function createLegacySampler(problem: SelectionProblem): (random: Random) => Panel | null {
  const pool = groupVolunteers(problem);
  const n = problem.volunteers.length;
  const featureCount = problem.features.length;
  const quotaOf = (i: number, f: number): number =>
    pool.groupQuota[(pool.groupOfVolunteer[i] as number) * featureCount + f] as number;
  const housemates = new Map<string, number[]>();
  if (problem.households) {
    problem.volunteers.forEach((v, i) => {
      if (!v.household) return;
      const list = housemates.get(v.household) ?? [];
      list.push(i);
      housemates.set(v.household, list);
    });
  }
  const quotaFeature = new Int32Array(pool.quotaCount);
  pool.quotaOffset.forEach((offset, f) => {
    const count = problem.features[f]?.values.length ?? 0;
    for (let v = 0; v < count; v++) quotaFeature[offset + v] = f;
  });
  // Volunteers per quota, for drawing uniformly among those still in the pool.
  const holders: number[][] = Array.from({ length: pool.quotaCount }, () => []);
  for (let i = 0; i < n; i++) for (let f = 0; f < featureCount; f++) holders[quotaOf(i, f)]?.push(i);

  return (random) => {
    const inPool = new Uint8Array(n);
    const left = new Int32Array(pool.quotaCount);
    const chosen = new Int32Array(pool.quotaCount);
    // Position of each volunteer in each of its quota lists, for O(1) removal.
    const lists = holders.map((list) => list.slice());
    const position = new Int32Array(n * featureCount);
    lists.forEach((list, q) => {
      const f = quotaFeature[q] as number;
      list.forEach((i, at) => {
        position[i * featureCount + f] = at;
      });
    });
    const remove = (i: number): void => {
      if (!inPool[i]) return;
      inPool[i] = 0;
      for (let f = 0; f < featureCount; f++) {
        const q = quotaOf(i, f);
        const list = lists[q] as number[];
        const at = position[i * featureCount + f] as number;
        const last = list.pop() as number;
        if (last !== i) {
          list[at] = last;
          position[last * featureCount + f] = at;
        }
        left[q] = (left[q] as number) - 1;
      }
    };
    inPool.fill(1);
    for (let q = 0; q < pool.quotaCount; q++) left[q] = lists[q]?.length ?? 0;
    // Nobody with a value whose maximum is 0 can be selected.
    for (let q = 0; q < pool.quotaCount; q++) {
      if ((pool.quotaMax[q] as number) === 0) for (const i of [...(lists[q] as number[])]) remove(i);
    }
    const panel: number[] = [];
    for (let seat = 0; seat < problem.k; seat++) {
      let best = -1;
      let bestRatio = Number.NEGATIVE_INFINITY;
      for (let q = 0; q < pool.quotaCount; q++) {
        const need = (pool.quotaMin[q] as number) - (chosen[q] as number);
        const available = left[q] as number;
        if (available < need) return null;
        if (available === 0 || (pool.quotaMax[q] as number) === 0) continue;
        const ratio = need / available;
        if (ratio > bestRatio) {
          bestRatio = ratio;
          best = q;
        }
      }
      if (best < 0) return null;
      const list = lists[best] as number[];
      const person = list[randomInt(random, list.length)] as number;
      panel.push(person);
      remove(person);
      for (let f = 0; f < featureCount; f++) {
        const q = quotaOf(person, f);
        chosen[q] = (chosen[q] as number) + 1;
        if ((chosen[q] as number) >= (pool.quotaMax[q] as number))
          for (const i of [...(lists[q] as number[])]) remove(i);
      }
      const household = problem.volunteers[person]?.household;
      if (household) for (const mate of housemates.get(household) ?? []) remove(mate);
    }
    for (let q = 0; q < pool.quotaCount; q++) {
      if ((chosen[q] as number) < (pool.quotaMin[q] as number)) return null;
    }
    return panel.sort((a, b) => a - b);
  };
}
