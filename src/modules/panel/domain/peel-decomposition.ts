/**
 * Writes target expected counts as a mixture of integer panels by peeling (Carathéodory's
 * construction): take an integer panel v from the smallest face of the relaxed polytope that
 * contains the remaining point, remove as much of v as keeps the rest inside the polytope, and
 * repeat. Each step makes at least one more constraint tight, so after at most as many steps as
 * there are constraints the remainder is gone — typically a few hundred small LPs, no column
 * generation. Where a face holds fractional points only, peeling can stray outside the panels'
 * convex hull; it then reports that it is incomplete and the caller falls back on column
 * generation, which settles the question exactly.
 */
import type { Random } from "./random";
import { createFaceSearch, type FaceBounds } from "./solver/face-search";
import type { Highs } from "./solver/highs-solver";
import type { GroupedPool } from "./volunteer-groups";

/** A constraint counts as tight when its slack is below this, relative to the remaining mass. */
const TIGHT = 1e-9;
/**
 * Peeling is done when the remaining mass is below this. The last crumbs are dominated by
 * rounding (faces are read off values near 1e-12); dropping them moves no probability by more
 * than twice this.
 */
const DONE = 1e-7;

export interface Peeling {
  /** True when the panels reproduce the target (remaining mass below 1e-7). */
  readonly complete: boolean;
  readonly panels: readonly { readonly counts: Int32Array; readonly weight: number }[];
}

export function peelDecomposition(
  highs: Highs,
  pool: GroupedPool,
  expectedCounts: Float64Array,
  random: Random,
): Peeling {
  const groupCount = pool.groupMembers.length;
  const featureCount = pool.problem.features.length;
  const size = Float64Array.from(pool.groupMembers, (m) => m.length);
  const quotaGroups: number[][] = Array.from({ length: pool.quotaCount }, () => []);
  for (let g = 0; g < groupCount; g++) {
    for (let f = 0; f < featureCount; f++) quotaGroups[pool.groupQuota[g * featureCount + f] as number]?.push(g);
  }
  const households = pool.householdGroups;
  const search = createFaceSearch(highs, pool);
  const panels: { counts: Int32Array; weight: number }[] = [];
  const rest = Float64Array.from(expectedCounts);
  let mass = 1;
  try {
    const maxSteps = groupCount + 2 * pool.quotaCount + households.length + 2;
    for (let step = 0; step < maxSteps && mass > DONE; step++) {
      for (let g = 0; g < groupCount; g++)
        rest[g] = Math.min(mass * (size[g] as number), Math.max(0, rest[g] as number));
      // Rounding in the subtractions leaves errors around 1e-14 however small the remaining mass.
      const tol = TIGHT * mass + 1e-12;
      const face = faceOf(pool, quotaGroups, rest, mass, tol);
      const weights = Float64Array.from(rest, (r, g) => r / (mass * (size[g] as number)) + 1e-6 * random());
      const v = search.find(face, weights, random);
      if (!v) break;
      // The largest w with (rest − w·v) / (mass − w) still inside the relaxed polytope.
      let w = mass;
      const limit = (coefficient: number, slack: number): void => {
        if (coefficient > 1e-12) w = Math.min(w, Math.max(0, slack) / coefficient);
      };
      for (let g = 0; g < groupCount; g++) {
        const c = v[g] as number;
        const r = rest[g] as number;
        limit(c, r);
        limit((size[g] as number) - c, mass * (size[g] as number) - r);
      }
      quotaGroups.forEach((groups, q) => {
        let inRest = 0;
        let inV = 0;
        for (const g of groups) {
          inRest += rest[g] as number;
          inV += v[g] as number;
        }
        limit(inV - (pool.quotaMin[q] as number), inRest - mass * (pool.quotaMin[q] as number));
        limit((pool.quotaMax[q] as number) - inV, mass * (pool.quotaMax[q] as number) - inRest);
      });
      for (const household of households) {
        let inRest = 0;
        let inV = 0;
        for (const g of household) {
          inRest += rest[g] as number;
          inV += v[g] as number;
        }
        limit(1 - inV, mass - inRest);
      }
      if (w <= 1e-14) break;
      panels.push({ counts: v, weight: w });
      for (let g = 0; g < groupCount; g++) rest[g] = (rest[g] as number) - w * (v[g] as number);
      mass -= w;
    }
  } finally {
    search.dispose();
  }
  const complete = mass <= DONE;
  const total = panels.reduce((sum, p) => sum + p.weight, 0);
  return { complete, panels: panels.map((p) => ({ counts: p.counts, weight: p.weight / total })) };
}

/** The smallest face containing the point: every constraint that is tight there, held at equality. */
function faceOf(
  pool: GroupedPool,
  quotaGroups: readonly (readonly number[])[],
  rest: Float64Array,
  mass: number,
  tol: number,
): FaceBounds {
  const groupCount = pool.groupMembers.length;
  const groupLower = new Float64Array(groupCount);
  const groupUpper = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const s = pool.groupMembers[g]?.length ?? 0;
    const r = rest[g] as number;
    groupLower[g] = r >= mass * s - tol ? s : 0;
    groupUpper[g] = r <= tol ? 0 : s;
  }
  const quotaLower = new Float64Array(pool.quotaCount);
  const quotaUpper = new Float64Array(pool.quotaCount);
  quotaGroups.forEach((groups, q) => {
    let inRest = 0;
    for (const g of groups) inRest += rest[g] as number;
    const min = pool.quotaMin[q] as number;
    const max = pool.quotaMax[q] as number;
    quotaLower[q] = inRest >= mass * max - tol ? max : min;
    quotaUpper[q] = inRest <= mass * min + tol ? min : max;
  });
  const householdLower = Float64Array.from(pool.householdGroups, (household) => {
    let inRest = 0;
    for (const g of household) inRest += rest[g] as number;
    return inRest >= mass - tol ? 1 : 0;
  });
  return { groupLower, groupUpper, quotaLower, quotaUpper, householdLower };
}
