/**
 * LEXIMIN over groups of interchangeable volunteers (Flanigan, Gölz, Gupta, Hennig, Procaccia,
 * "Fair algorithms for selecting citizens' assemblies", Nature 596, 2021), by column generation:
 *
 * 1. Level by level, maximise the smallest selection probability z among the groups not yet fixed,
 *    over distributions on the panels known so far (the restricted master LP).
 * 2. Price: a panel whose dual weight Σ y_g c_g / s_g exceeds the LP's threshold ŷ would raise z;
 *    find one (local search first, the integer program when that finds nothing) and add it.
 * 3. When no panel improves, the level z* is optimal over *all* panels. Every group with a
 *    positive dual is at z* in every optimal distribution (complementary slackness), so it is
 *    fixed there. Interior-point duals are positive on as many groups as possible.
 * 4. Repeat with the remaining groups until every group is fixed.
 */
import { SolverFailure } from "./errors";
import { createLocalSearch } from "./panel-local-search";
import { PanelStore } from "./panel-store";
import type { Random } from "./random";
import type { Highs } from "./solver/highs-solver";
import type { PanelOracle } from "./solver/panel-oracle";
import { createRestrictedMaster, type MasterSolution } from "./solver/restricted-master";
import type { GroupedPool } from "./volunteer-groups";

/** A panel improves the LP only if it beats the threshold by more than this (LP tolerances are 1e-9). */
const PRICING_TOLERANCE = 1e-7;
/** Interior-point duals below this are numerical noise of groups that are not tight. */
const FIXING_THRESHOLD = 1e-6;
/** Fixed probabilities are lowered by this much so rounding in the LP never makes a level infeasible. */
const FIXING_MARGIN = Number(process.env.MARGIN ?? 1e-10);
/** Any panel containing a group will do for coverage; the weights only add variety. */
const COVERAGE_GAP = 0.05;
/** Slack of the face restriction, relative to its right-hand side (well above LP tolerances). */
const FACE_TOLERANCE = 1e-7;
/** Extra columns per pricing round, found with weights steered away from the previous ones. */
const EXTRA_COLUMNS = Number(process.env.EXTRA ?? 3);
const STEER = Number(process.env.STEER ?? 0.7);
/** Integer-program gap for proofs. */
const EXACT_GAP = 1e-9;
/** Gap of the first, fast integer program in a pricing round. */
const QUICK_GAP = 1e-3;
const debug = (globalThis as { LEXIMIN_DEBUG?: (level: number, s: MasterSolution, panels: number) => void }).LEXIMIN_DEBUG;

export interface LeximinLevel {
  readonly probability: number;
  /** Groups fixed at this level. */
  readonly groups: readonly number[];
}

export interface GroupDistribution {
  /** Panels as group counts, with their probabilities (summing to 1). */
  readonly panels: readonly { readonly counts: Int32Array; readonly weight: number }[];
  /** Selection probability of each member of each group. */
  readonly groupProbability: Float64Array;
  /** Groups that are in no feasible panel (probability 0). */
  readonly excludedGroups: readonly number[];
  readonly levels: readonly LeximinLevel[];
  readonly stats: LeximinStats;
}

export interface LeximinStats {
  panelsGenerated: number;
  integerProgramCalls: number;
  lpSolves: number;
  interiorPointSolves: number;
  localSearchColumns: number;
  relaxations: number;
}

export interface LeximinProgress {
  readonly fixedGroups: number;
  readonly groups: number;
  readonly level: number;
  readonly panels: number;
}

export function leximinOverGroups(
  highs: Highs,
  pool: GroupedPool,
  oracle: PanelOracle,
  firstPanel: Int32Array,
  random: Random,
  onProgress?: (progress: LeximinProgress) => void,
): GroupDistribution {
  const groupCount = pool.groupMembers.length;
  const size = Float64Array.from(pool.groupMembers, (m) => m.length);
  const store = new PanelStore(pool);
  const search = createLocalSearch(pool);
  const stats: LeximinStats = {
    panelsGenerated: 0,
    integerProgramCalls: 0,
    lpSolves: 0,
    interiorPointSolves: 0,
    localSearchColumns: 0,
    relaxations: 0,
  };
  store.add(firstPanel);
  const t8 = performance.now();
  const excludedGroups = warmStart(pool, oracle, store, search, random);
  (globalThis as any).T = { relax: 0, quick: 0, exact: 0, lp: 0, ipm: 0, nq: 0, nx: 0, warm: performance.now() - t8 };

  const master = createRestrictedMaster(highs, pool);
  try {
    let added = 0;
    const addNew = (): void => {
      for (; added < store.size; added++) master.addPanel(added, store.panels[added] as Int32Array);
    };

    const fixed = new Uint8Array(groupCount);
    let fixedCount = 0;
    for (const g of excludedGroups) {
      master.fix(g, 0);
      fixed[g] = 1;
      fixedCount++;
    }
    const levels: LeximinLevel[] = [];

    /**
     * Pricing: adds a panel that would raise the LP, or proves there is none. The LP relaxation of
     * the panel program answers most rounds in milliseconds (its bound proves convergence, and its
     * optimum is often integral); the integer program runs only when the relaxation is fractional.
     */
    const price = (solution: MasterSolution): boolean => {
      const weights = new Float64Array(groupCount);
      for (let g = 0; g < groupCount; g++) weights[g] = (solution.y[g] as number) / (size[g] as number);
      const threshold = solution.yHat + PRICING_TOLERANCE;
      const first = findPanel(weights, threshold);
      if (!first) return false;
      // More columns from the same duals: steer away from the groups of the panels just found.
      const t9 = performance.now();
      const steered = Float64Array.from(weights);
      let last = first;
      for (let extra = 0; extra < EXTRA_COLUMNS; extra++) {
        for (let g = 0; g < groupCount; g++) if ((last[g] as number) > 0) steered[g] = (steered[g] as number) * STEER;
        const relaxed = oracle.relax(steered);
        stats.relaxations++;
        const candidate = relaxed.counts ?? oracle.completeRelaxation(steered, relaxed.values)?.counts;
        if (!candidate) break;
        let value = 0;
        for (let g = 0; g < groupCount; g++) value += (weights[g] as number) * (candidate[g] as number);
        if (value <= threshold || !store.add(candidate)) break;
        last = candidate;
      }
      (globalThis as any).T.extra = ((globalThis as any).T.extra ?? 0) + performance.now() - t9;
      return true;
    };

    /** A new panel worth more than the threshold (added to the store), or null when none exists. */
    const findPanel = (weights: Float64Array, threshold: number): Int32Array | null => {
      const T = (globalThis as any).T ??= { relax: 0, quick: 0, exact: 0, lp: 0, ipm: 0, nq: 0, nx: 0, qhit: 0 };
      let t0 = performance.now();
      const relaxed = oracle.relax(weights);
      T.relax += performance.now() - t0;
      stats.relaxations++;
      if (relaxed.bound <= threshold) return null;
      if (relaxed.counts && store.add(relaxed.counts)) return relaxed.counts;
      if (!relaxed.counts) {
        t0 = performance.now();
        const rounded = oracle.completeRelaxation(weights, relaxed.values);
        T.round = (T.round ?? 0) + performance.now() - t0; T.nr = (T.nr ?? 0) + 1;
        if (rounded && rounded.value > threshold && store.add(rounded.counts)) return rounded.counts;
      }
      t0 = performance.now();
      const quick = oracle.maximise(weights, { relativeGap: QUICK_GAP });
      T.quick += performance.now() - t0; T.nq++;
      if (!quick) throw new SolverFailure("the panel integer program became infeasible");
      if (quick.value > threshold && store.add(quick.counts)) return quick.counts;
      if (quick.bound <= threshold) return null;
      t0 = performance.now();
      // Only "is there a panel above the threshold?" matters: stop once the bound is below it.
      const proofGap = Math.max(EXACT_GAP, (0.5 * (threshold - quick.value)) / Math.max(1e-9, Math.abs(threshold)));
      const exact = oracle.maximise(weights, { start: quick.counts, relativeGap: proofGap });
      T.exact += performance.now() - t0; T.nx++;
      if (!exact) throw new SolverFailure("the panel integer program became infeasible");
      if (exact.value > threshold && store.add(exact.counts)) return exact.counts;
      if (exact.bound > threshold) {
        // The bound did not get below the threshold: settle it with the tight gap.
        const tight = oracle.maximise(weights, { start: exact.counts, relativeGap: EXACT_GAP });
        if (tight && tight.value > threshold && store.add(tight.counts)) return tight.counts;
      }
      return null;
    };

    let level = 0;
    while (fixedCount < groupCount) {
      level++;
      let solution: MasterSolution;
      let interior: MasterSolution;
      for (;;) {
        // Converge with vertex duals (fast, warm-started simplex) ...
        for (;;) {
          addNew();
          { const t1 = performance.now();
          solution = (globalThis as any).IPM_ALWAYS ? master.solveInterior() : master.solveSimplex();
          (globalThis as any).T && ((globalThis as any).T.lp += performance.now() - t1); }
          stats.lpSolves++;
          if (debug) debug(level, solution, store.size);
          if (!price(solution)) break;
        }
        // ... then take duals from the interior of the optimal face, which must price out too.
        if (process.env.VERTEX === "1") { interior = solution; break; }
        { const t1 = performance.now(); interior = master.solveInterior(); (globalThis as any).T.ipm += performance.now() - t1; }
        stats.interiorPointSolves++;
        if (!price(interior)) break;
      }
      const z = Math.min(solution.z, interior.z);
      const newlyFixed: number[] = [];
      if (z >= 1 - 1e-9) {
        // Everyone left is on every panel already; nobody can go higher.
        for (let g = 0; g < groupCount; g++) if (!fixed[g]) newlyFixed.push(g);
      } else {
        let argmax = -1;
        for (let g = 0; g < groupCount; g++) {
          if (fixed[g]) continue;
          const y = interior.y[g] as number;
          if (y > FIXING_THRESHOLD) newlyFixed.push(g);
          if (argmax < 0 || y > (interior.y[argmax] as number)) argmax = g;
        }
        // The duals of unfixed groups sum to 1, so the largest is positive and safe to fix.
        if (newlyFixed.length === 0) newlyFixed.push(argmax);
      }
      for (const g of newlyFixed) {
        master.fix(g, Math.max(0, z - FIXING_MARGIN));
        fixed[g] = 1;
        fixedCount++;
      }
      levels.push({ probability: z, groups: newlyFixed });
      // Later levels only use panels that are optimal for this level's duals (complementary
      // slackness): restrict the search to them and drop the other panels from the LP.
      const faceWeights = new Float64Array(groupCount);
      for (let g = 0; g < groupCount; g++) faceWeights[g] = (interior.y[g] as number) / (size[g] as number);
      const faceThreshold = interior.yHat - FACE_TOLERANCE * Math.max(1, interior.yHat);
      oracle.restrict(faceWeights, faceThreshold);
      const offFace = new Set<number>();
      store.panels.forEach((counts, id) => {
        let value = 0;
        for (let g = 0; g < groupCount; g++) value += (faceWeights[g] as number) * (counts[g] as number);
        if (value < faceThreshold) offFace.add(id);
      });
      if (process.env.NODEL !== "1") master.removePanels(offFace);
      console.error(JSON.stringify((globalThis as any).T), "master", master.panelCount, "removed", offFace.size);
      onProgress?.({ fixedGroups: fixedCount, groups: groupCount, level, panels: store.size });
    }

    addNew();
    const final = master.solveSimplex();
    stats.lpSolves++;
    stats.panelsGenerated = store.size;
    return { ...finalDistribution(pool, store, final), excludedGroups, levels, stats };
  } finally {
    master.dispose();
  }
}

/** Panels with positive weight, normalised to sum 1, and each group's resulting probability. */
function finalDistribution(
  pool: GroupedPool,
  store: PanelStore,
  { x, panels: ids }: MasterSolution,
): Pick<GroupDistribution, "panels" | "groupProbability"> {
  const groupCount = pool.groupMembers.length;
  let total = 0;
  for (const weight of x) if (weight > 1e-12) total += weight;
  if (!(total > 0)) throw new SolverFailure("the final distribution is empty");
  const panels: { counts: Int32Array; weight: number }[] = [];
  x.forEach((weight, p) => {
    if (weight > 1e-12) panels.push({ counts: store.panels[ids[p] as number] as Int32Array, weight: weight / total });
  });
  const groupProbability = new Float64Array(groupCount);
  for (const { counts, weight } of panels) {
    for (let g = 0; g < groupCount; g++) {
      const c = counts[g] as number;
      if (c > 0) groupProbability[g] = (groupProbability[g] as number) + (weight * c) / (pool.groupMembers[g]?.length ?? 1);
    }
  }
  return { panels, groupProbability };
}

/**
 * Diverse panels before the first LP, and which groups are in no feasible panel at all.
 * Every group gets a panel that contains it (by one swap from a known panel when possible, by the
 * integer program otherwise); then a few rounds of multiplicative weights push the local search
 * towards groups that are still rare in the known panels.
 */
function warmStart(
  pool: GroupedPool,
  oracle: PanelOracle,
  store: PanelStore,
  search: ReturnType<typeof createLocalSearch>,
  random: Random,
): number[] {
  const groupCount = pool.groupMembers.length;
  const excluded: number[] = [];
  const rarity = (): Float64Array =>
    Float64Array.from(store.coverage, (c) => 1 / (1 + c) + 1e-3 * random());
  for (let g = 0; g < groupCount; g++) {
    if ((store.coverage[g] as number) > 0) continue;
    const weights = rarity();
    let placed = false;
    const tries = Math.min(store.size, 8);
    for (let t = 0; t < tries && !placed; t++) {
      const counts = Int32Array.from(store.panels[Math.floor(random() * store.size)] as Int32Array);
      if (search.insert(counts, g, weights)) {
        store.add(counts);
        placed = true;
      }
    }
    if (placed) continue;
    const panel = oracle.panelWith(g, weights, COVERAGE_GAP);
    if (panel) store.add(panel.counts);
    else excluded.push(g);
  }
  const weights = new Float64Array(groupCount).fill(1);
  for (let round = 0; round < groupCount; round++) {
    for (let g = 0; g < groupCount; g++) weights[g] = (weights[g] as number) * (0.995 + 0.01 * random());
    const start = store.panels[Math.floor(random() * store.size)] as Int32Array;
    const counts = Int32Array.from(start);
    search.improve(counts, weights);
    if (!store.add(counts)) {
      for (let g = 0; g < groupCount; g++) weights[g] = 0.9 * (weights[g] as number) + 0.1;
    }
    for (let g = 0; g < groupCount; g++) if ((counts[g] as number) > 0) weights[g] = (weights[g] as number) * 0.8;
  }
  return excluded;
}
