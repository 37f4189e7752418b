/**
 * LEXIMIN over groups of interchangeable volunteers (Flanigan, Gölz, Gupta, Hennig, Procaccia,
 * "Fair algorithms for selecting citizens' assemblies", Nature 596, 2021), by column generation:
 *
 * 1. Level by level, maximise the smallest selection probability z among the groups not yet fixed,
 *    over distributions on the panels known so far (the restricted master LP).
 * 2. Price: a panel whose dual weight Σ y_g c_g / s_g exceeds the LP's threshold ŷ would raise z;
 *    find one and add it (see `panel-pricing.ts`).
 * 3. When no panel improves, the level z* is optimal over *all* panels. Every group with a
 *    positive dual is at z* in every optimal distribution (complementary slackness), so it is
 *    fixed there. The duals of the unfixed groups sum to 1, so at least one group is fixed.
 * 4. Every panel that carries probability in a later level is optimal for these duals, so the
 *    search is restricted to that face and the other panels leave the LP.
 * 5. Repeat with the remaining groups until every group is fixed.
 *
 * `leximin.ts` first tries the much faster route over the LP relaxation; this is the general
 * method it falls back on.
 */
import { SolverFailure } from "./errors";
import type { LocalSearch } from "./panel-local-search";
import { createPricer, type PricingStats } from "./panel-pricing";
import type { PanelStore } from "./panel-store";
import type { Random } from "./random";
import type { Highs } from "./solver/highs-solver";
import type { PanelOracle } from "./solver/panel-oracle";
import { createRestrictedMaster, type MasterSolution } from "./solver/restricted-master";
import type { GroupedPool } from "./volunteer-groups";

/** A panel improves the LP only if it beats the threshold by more than this (LP tolerances are 1e-9). */
const PRICING_TOLERANCE = 1e-7;
/** Duals below this are noise of groups that are not tight. */
const FIXING_THRESHOLD = 1e-9;
/** Fixed probabilities are lowered by this much so rounding in the LP never makes a level infeasible. */
const FIXING_MARGIN = 1e-10;
/** Slack of the face restriction, relative to its right-hand side (well above LP tolerances). */
const FACE_TOLERANCE = 1e-7;
/** Extra columns per round from local search (each LP re-solve has a fixed cost). */
const LOCAL_COLUMNS = 20;
/** Any panel containing a group will do for coverage; the weights only add variety. */
const COVERAGE_GAP = 0.05;

export interface LeximinLevel {
  readonly probability: number;
  /** Groups fixed at this level. */
  readonly groups: readonly number[];
}

export interface GroupDistribution {
  /** Panels as group counts, with their probabilities (summing to 1). */
  readonly panels: readonly { readonly counts: Int32Array; readonly weight: number }[];
  /** Groups that are in no feasible panel (probability 0). */
  readonly excludedGroups: readonly number[];
  readonly levels: readonly LeximinLevel[];
  readonly lpSolves: number;
  readonly pricing: PricingStats;
}

export interface LeximinProgress {
  readonly fixedGroups: number;
  readonly groups: number;
  readonly level: number;
  readonly panels: number;
}

export function leximinByColumnGeneration(
  highs: Highs,
  pool: GroupedPool,
  oracle: PanelOracle,
  store: PanelStore,
  search: LocalSearch,
  random: Random,
  onProgress?: (progress: LeximinProgress) => void,
): GroupDistribution {
  const groupCount = pool.groupMembers.length;
  const size = Float64Array.from(pool.groupMembers, (m) => m.length);
  const excludedGroups = coverGroups(pool, oracle, store, search, random);
  const pricer = createPricer(oracle, store, search);
  const master = createRestrictedMaster(highs, pool);
  try {
    let added = 0;
    const inMaster = new Set<number>();
    const addNew = (): void => {
      for (; added < store.size; added++) {
        master.addPanel(added, store.panels[added] as Int32Array);
        inMaster.add(added);
      }
    };
    const fixed = new Uint8Array(groupCount);
    let fixedCount = 0;
    for (const g of excludedGroups) {
      master.fix(g, 0);
      fixed[g] = 1;
      fixedCount++;
    }
    const levels: LeximinLevel[] = [];
    let lpSolves = 0;

    /** Adds improving panels for the LP's duals; false when there are none (the level is optimal). */
    const price = (solution: MasterSolution): boolean => {
      const weights = Float64Array.from(solution.y, (y, g) => y / (size[g] as number));
      const threshold = solution.yHat + PRICING_TOLERANCE;
      if (!pricer.find(weights, threshold)) return false;
      const used = solution.panels.filter((_, j) => (solution.x[j] as number) > 1e-12);
      pricer.improveKnown(used, weights, threshold, LOCAL_COLUMNS);
      return true;
    };

    let level = 0;
    while (fixedCount < groupCount) {
      level++;
      let solution: MasterSolution;
      do {
        addNew();
        solution = master.solveSimplex();
        lpSolves++;
      } while (price(solution));

      const z = solution.z;
      const newlyFixed: number[] = [];
      if (z >= 1 - 1e-9) {
        // Everyone left is on every panel already; nobody can go higher.
        for (let g = 0; g < groupCount; g++) if (!fixed[g]) newlyFixed.push(g);
      } else {
        let argmax = -1;
        for (let g = 0; g < groupCount; g++) {
          if (fixed[g]) continue;
          const y = solution.y[g] as number;
          if (y > FIXING_THRESHOLD) newlyFixed.push(g);
          if (argmax < 0 || y > (solution.y[argmax] as number)) argmax = g;
        }
        if (newlyFixed.length === 0) newlyFixed.push(argmax);
      }
      for (const g of newlyFixed) {
        master.fix(g, Math.max(0, Math.min(1, z) - FIXING_MARGIN));
        fixed[g] = 1;
        fixedCount++;
      }
      levels.push({ probability: z, groups: newlyFixed });

      const faceWeights = Float64Array.from(solution.y, (y, g) => y / (size[g] as number));
      const faceThreshold = solution.yHat - FACE_TOLERANCE * Math.max(1, solution.yHat);
      oracle.restrict(faceWeights, faceThreshold);
      const offFace = new Set<number>();
      for (const id of inMaster) {
        const counts = store.panels[id] as Int32Array;
        let value = 0;
        for (let g = 0; g < groupCount; g++) value += (faceWeights[g] as number) * (counts[g] as number);
        if (value < faceThreshold) offFace.add(id);
      }
      master.removePanels(offFace);
      for (const id of offFace) inMaster.delete(id);
      onProgress?.({ fixedGroups: fixedCount, groups: groupCount, level, panels: store.size });
    }

    addNew();
    const final = master.solveSimplex();
    lpSolves++;
    return { panels: normalised(store, final), excludedGroups, levels, lpSolves, pricing: pricer.stats };
  } finally {
    master.dispose();
  }
}

function normalised(store: PanelStore, { x, panels: ids }: MasterSolution): GroupDistribution["panels"] {
  const panels = store.distribution(x, ids);
  if (panels.length === 0) throw new SolverFailure("the final distribution is empty");
  return panels;
}

/**
 * Makes sure every group is in some known panel (by one swap from a known panel when possible, by
 * the integer program otherwise), and returns the groups that are in no feasible panel at all.
 * The weights favour groups that are still rare in the known panels, for variety.
 */
function coverGroups(
  pool: GroupedPool,
  oracle: PanelOracle,
  store: PanelStore,
  search: LocalSearch,
  random: Random,
): number[] {
  const excluded: number[] = [];
  for (let g = 0; g < pool.groupMembers.length; g++) {
    if ((store.coverage[g] as number) > 0) continue;
    const weights = Float64Array.from(store.coverage, (c) => 1 / (1 + c) + 1e-3 * random());
    let placed = false;
    for (let t = 0; t < Math.min(store.size, 8) && !placed; t++) {
      const counts = Int32Array.from(store.panels[Math.floor(random() * store.size)] as Int32Array);
      if (search.insert(counts, g, weights)) placed = store.add(counts) || true;
    }
    if (placed) continue;
    const panel = oracle.panelWith(g, weights, COVERAGE_GAP);
    if (panel) store.add(panel.counts);
    else excluded.push(g);
  }
  return excluded;
}
