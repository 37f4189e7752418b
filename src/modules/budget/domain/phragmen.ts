import type { GroupedProfile } from "./grouped-profile";
import { ExactLedger } from "./mes/exact-ledger";
import { Rational, ratioToNumber } from "./rational";
import { compareProjectIds } from "./tie-breaking";

export interface PhragmenRun {
  readonly selected: number[];
  /** Load of every supporter right after each selected project, parallel to `selected`. */
  readonly loads: Rational[];
  /** The project whose turn came but which did not fit, ending the rule. */
  readonly blockedBy?: number;
  readonly budgetLeft: Rational;
}

const EPS = 2 ** -53;

/**
 * Sequential Phragmén for participatory budgeting. Voters earn money continuously; a project is
 * bought as soon as its supporters together hold its cost, which spreads the cost so that every
 * supporter ends with the same load: the next project is the one minimising
 * (cost + Σ loads of its supporters) / (number of supporters). The rule stops as soon as the
 * project whose turn it is does not fit in the remaining budget (with ties, as soon as one of the
 * tied projects does not fit). Ties otherwise go to the smaller project id (string order).
 * Projects costing more than the whole budget, and projects nobody supports, never take part.
 */
export function runPhragmen(
  profile: GroupedProfile,
  costs: readonly Rational[],
  ids: readonly string[],
  budget: Rational,
): PhragmenRun {
  const projectCount = profile.projectCount;
  const candidates: number[] = [];
  for (let p = 0; p < projectCount; p++) {
    if ((profile.supporters[p] as number) > 0 && (costs[p] as Rational).le(budget)) candidates.push(p);
  }
  // Loads: every supporter of the project selected in round s carries load ℓ_s afterwards, so a
  // voter's load is ℓ of the last selected project on their ballot (0 before any).
  const ledger = new ExactLedger(Rational.ZERO, costs);
  const loadF: number[] = [];
  const loadRound = new Int32Array(profile.groupCount).fill(-1);
  const rounds = Math.min(candidates.length, projectCount);
  // coefficient[p][s]: voters supporting p whose load is ℓ_s.
  const coefficient = new Map<number, Float64Array>();
  for (const p of candidates) coefficient.set(p, new Float64Array(rounds + 1));
  const costF = costs.map((c) => c.toNumber());
  const active = new Set(candidates);
  const selected: number[] = [];
  let left = budget;
  let blockedBy: number | undefined;

  const exactValue = (p: number): { numerator: bigint; divisor: number } => {
    const coef = coefficient.get(p) as Float64Array;
    // value·D·supporters = cost·D + Σ coef_s·ℓ_s·D
    return { numerator: ledger.costOf(p) - ledger.scaledSum(0, coef), divisor: profile.supporters[p] as number };
  };

  while (active.size > 0) {
    const t = selected.length;
    let best = Number.POSITIVE_INFINITY;
    const values = new Map<number, number>();
    for (const p of active) {
      const coef = coefficient.get(p) as Float64Array;
      let sum = costF[p] as number;
      for (let s = 0; s < t; s++) {
        const c = coef[s] as number;
        if (c !== 0) sum += c * (loadF[s] as number);
      }
      const value = sum / (profile.supporters[p] as number);
      values.set(p, value);
      if (value < best) best = value;
    }
    const tolerance = Math.max((t + 8) * 8 * EPS, 1e-12) * best;
    const near = [...active].filter((p) => (values.get(p) as number) <= best + 2 * tolerance);
    // Exact minimum among the near ones; every project tying with it exactly is "tied".
    const exact = near.map((p) => ({ p, ...exactValue(p) }));
    let min = exact[0] as (typeof exact)[number];
    for (const e of exact) {
      if (e.numerator * BigInt(min.divisor) < min.numerator * BigInt(e.divisor)) min = e;
    }
    const tied = exact
      .filter((e) => e.numerator * BigInt(min.divisor) === min.numerator * BigInt(e.divisor))
      .map((e) => e.p)
      .sort((a, b) => compareProjectIds(ids[a] as string, ids[b] as string));
    const blocking = tied.find((p) => (costs[p] as Rational).gt(left));
    if (blocking !== undefined) {
      blockedBy = blocking;
      break;
    }
    const winner = tied[0] as number;
    const winnerValue = exact.find((e) => e.p === winner) as (typeof exact)[number];
    const round = ledger.addRho(winnerValue.numerator, winnerValue.divisor);
    loadF.push(ratioToNumber(ledger.rhoScaled(round), ledger.denominator));
    selected.push(winner);
    active.delete(winner);
    left = left.sub(costs[winner] as Rational);
    for (let i = profile.supStart[winner] as number; i < (profile.supStart[winner + 1] as number); i++) {
      const g = profile.supGroup[i] as number;
      const previous = loadRound[g] as number;
      loadRound[g] = round;
      const count = profile.multiplicity[g] as number;
      for (let j = profile.groupStart[g] as number; j < (profile.groupStart[g + 1] as number); j++) {
        const coef = coefficient.get(profile.groupProject[j] as number);
        if (!coef) continue;
        if (previous >= 0) coef[previous] = (coef[previous] as number) - count;
        coef[round] = (coef[round] as number) + count;
      }
    }
  }
  return {
    selected,
    loads: selected.map((_, s) => ledger.rhoRational(s)),
    ...(blockedBy !== undefined ? { blockedBy } : {}),
    budgetLeft: left,
  };
}
