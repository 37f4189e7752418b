import type { GroupedProfile } from "./grouped-profile";
import { Rational } from "./rational";
import type { Satisfaction } from "./rules";
import { compareProjectIds } from "./tie-breaking";

export interface GreedyRun {
  /** Project indices in selection order (after the initial ones). */
  readonly added: number[];
  /** Projects passed over because they did not fit, with the budget left at that moment. */
  readonly passedOver: Map<number, Rational>;
  readonly totalCost: Rational;
}

/**
 * Greedy utilitarian welfare: projects in decreasing order of satisfaction per unit of cost, each
 * taken if it still fits in the budget, skipped otherwise. With cost satisfaction that order is the
 * number of supporters; with cardinality satisfaction supporters per cost; with points satisfaction
 * points per cost. Ties go to the smaller project id (string order).
 *
 * Projects nobody supports are never funded (the reference tool would fund them last if money were
 * left; a city would not).
 */
export function runGreedy(
  profile: GroupedProfile,
  costs: readonly Rational[],
  ids: readonly string[],
  satisfaction: Satisfaction,
  budget: Rational,
  initial: readonly number[] = [],
): GreedyRun {
  const taken = new Set(initial);
  const candidates: number[] = [];
  for (let p = 0; p < profile.projectCount; p++) {
    if (!taken.has(p) && (profile.supporters[p] as number) > 0) candidates.push(p);
  }
  const weight = (p: number): number =>
    satisfaction === "points" ? (profile.totalUtility[p] as number) : (profile.supporters[p] as number);
  const compare = (a: number, b: number): number => {
    const costA = costs[a] as Rational;
    const costB = costs[b] as Rational;
    // Zero-cost projects with support come first (infinite satisfaction per cost).
    const freeA = costA.isZero();
    const freeB = costB.isZero();
    if (freeA !== freeB) return freeA ? -1 : 1;
    if (!freeA) {
      let order: number;
      if (satisfaction === "cost") order = weight(b) - weight(a);
      else {
        // weight(a)/cost(a) > weight(b)/cost(b), cross-multiplied exactly.
        const left = BigInt(weight(a)) * costB.num * costA.den;
        const right = BigInt(weight(b)) * costA.num * costB.den;
        order = left > right ? -1 : left < right ? 1 : 0;
      }
      if (order !== 0) return order;
    }
    return compareProjectIds(ids[a] as string, ids[b] as string);
  };
  candidates.sort(compare);

  let spent = Rational.ZERO;
  for (const p of initial) spent = spent.add(costs[p] as Rational);
  let left = budget.sub(spent);
  const added: number[] = [];
  const passedOver = new Map<number, Rational>();
  for (const p of candidates) {
    const cost = costs[p] as Rational;
    if (cost.le(left)) {
      added.push(p);
      left = left.sub(cost);
    } else passedOver.set(p, left);
  }
  return { added, passedOver, totalCost: budget.sub(left) };
}
