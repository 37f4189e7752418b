import type { Rational } from "../rational";
import { compareProjectIds } from "../tie-breaking";
import type { EqualSharesSetup } from "./equal-shares-run";

/**
 * Proves that Equal Shares selects the same projects in the same order for every per-voter budget
 * b in [low, low + w), without running it at each b, and returns the largest such w it can prove
 * (at most high − low; 0 when it proves nothing).
 *
 * For b = low + δ, δ ∈ [0, Δ], every voter's money is enclosed as m(δ) ∈ [m0 + s·δ − e, m0 + s·δ + e].
 * Round by round, following the given sequence:
 * - The price ρ of the project funded in that round is enclosed between two affine functions. With
 *   money affine in δ, Σ min(m(δ), ρ·u) is jointly concave in (ρ, δ), so the price — the smallest ρ
 *   at which that sum reaches the cost — is convex in δ: the chord through the prices at both ends
 *   (computed with the lowest possible money) bounds it from above, and the tangent at the midpoint
 *   (from the highest possible money) bounds it from below.
 * - Every other project still in play gets such a tangent lower bound too and must stay strictly
 *   more expensive than the chord of the funded one. A lower bound from an earlier round stays valid
 *   (money only decreases, so prices only rise) and is reused until it no longer suffices.
 * - Supporters pay; where it is unclear whether a supporter could afford ρ·u, the money left is
 *   enclosed by an interval instead.
 * At the end every project still in play must be unaffordable. Each condition is affine in δ, so it
 * holds on [0, root) and the proof covers the smallest root: up to there every round goes as assumed,
 * so the enclosures built on those assumptions are sound there. Float rounding is covered by explicit
 * slack terms; anything the enclosures cannot separate (a true tie, a near tie) shortens the proof,
 * and the caller then computes single budgets exactly.
 *
 * Two kinds of exact ties are recognised, because they are common and hold over whole intervals:
 * projects with identical supporters and cost ("twins"), and projects whose supporters with money
 * left can all pay the equal share (their price is then exactly cost / Σ utility of those).
 */
export interface CertificateContext {
  readonly setup: EqualSharesSetup;
  /** Projects with the same twin id have the same cost and the same supporters with the same utilities. */
  readonly twinOf: Int32Array;
}

const EPS = 2 ** -53;
/** Relative distance from the price beyond which a supporter's side is trusted in float. */
const MARGIN = 1e-7;

export function certificateContext(setup: EqualSharesSetup): CertificateContext {
  const { profile, costs } = setup;
  const twinOf = new Int32Array(profile.projectCount).fill(-1);
  const byKey = new Map<string, number>();
  for (const p of setup.candidates) {
    let key = `${(costs[p] as Rational).toString()}|`;
    for (let i = profile.supStart[p] as number; i < (profile.supStart[p + 1] as number); i++) {
      key += `${profile.supGroup[i]}:${profile.supUtil[i]},`;
    }
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, p);
    twinOf[p] = existing ?? p;
  }
  return { setup, twinOf };
}

export function certifiedWidth(
  context: CertificateContext,
  sequence: readonly number[],
  low: Rational,
  high: Rational,
): number {
  const { setup, twinOf } = context;
  const { profile, costs, ids, compareByCost } = setup;
  const groupCount = profile.groupCount;
  const projectCount = profile.projectCount;
  const mult = profile.multiplicity;
  const supStart = profile.supStart;
  const supGroup = profile.supGroup;
  const supUtil = profile.supUtil;

  const bLow = low.toNumber();
  // The interval [0, width] of δ under consideration. It only ever shrinks: enclosures built for a
  // wider interval stay valid on a narrower one.
  let width = high.sub(low).toNumber() * (1 + 4 * EPS);
  const bHigh = bLow + width;
  const m0 = new Float64Array(groupCount).fill(bLow);
  const slope = new Float64Array(groupCount).fill(1);
  const err = new Float64Array(groupCount).fill(4 * EPS * bHigh);
  const costF = costs.map((c) => c.toNumber());
  const lambda = (p: number): number => (compareByCost ? 1 / (costF[p] as number) : 1);
  // Affine lower bound of each project's price ρ: lower0 + lowerSlope·δ.
  const lower0 = new Float64Array(projectCount);
  const lowerSlope = new Float64Array(projectCount);
  for (const p of setup.candidates) {
    lower0[p] = ((costF[p] as number) / (profile.totalUtility[p] as number)) * (1 - 16 * EPS);
  }
  const minOver = (a: number, s: number): number => a + Math.min(0, s * width);
  const maxOver = (a: number, s: number): number => a + Math.max(0, s * width);
  const slack = (magnitude: number, terms: number): number => (terms + 16) * 8 * EPS * magnitude;
  // The proof holds for δ < limit; each affine condition a + s·δ > 0 can only lower it.
  let limit = width;
  /** How far from δ = 0 the condition a + s·δ > 0 holds (0 if not even at 0). */
  const reach = (a: number, s: number): number => {
    if (!(a > 0)) return 0;
    return s < 0 ? Math.min(width, (a / -s) * (1 - 1e-9)) : width;
  };
  const require = (a: number, s: number): boolean => {
    if (!(a > 0)) {
      limit = 0;
      return false;
    }
    if (s < 0) limit = Math.min(limit, (a / -s) * (1 - 1e-9));
    return limit > 0;
  };

  /**
   * Exact key (ρ, or ρ/cost) of a project whose supporters, apart from those with no money left at
   * all, can all pay the equal share cost / Σ utility (over those with money) throughout the
   * interval: its price is then exactly that share.
   */
  const equalShareKey = (p: number): Rational | undefined => {
    let utility = 0;
    for (let i = supStart[p] as number; i < (supStart[p + 1] as number); i++) {
      const g = supGroup[i] as number;
      if (m0[g] !== 0 || slope[g] !== 0 || err[g] !== 0) utility += (mult[g] as number) * (supUtil[i] as number);
    }
    if (utility === 0) return undefined;
    const share = (costF[p] as number) / utility;
    for (let i = supStart[p] as number; i < (supStart[p + 1] as number); i++) {
      const g = supGroup[i] as number;
      if (m0[g] === 0 && slope[g] === 0 && err[g] === 0) continue;
      const lowest = minOver(m0[g] as number, slope[g] as number) - (err[g] as number);
      if (!(lowest > share * (supUtil[i] as number) * (1 + 1e-9))) return undefined;
    }
    const rho = (costs[p] as Rational).divInt(utility);
    return compareByCost ? rho.div(costs[p] as Rational) : rho;
  };

  /** Upper bound of the money of p's supporters, as a + s·δ. */
  const moneyUpper = (p: number): { a: number; s: number } => {
    let a = 0;
    let s = 0;
    let e = 0;
    for (let i = supStart[p] as number; i < (supStart[p + 1] as number); i++) {
      const g = supGroup[i] as number;
      const count = mult[g] as number;
      a += count * (m0[g] as number);
      s += count * (slope[g] as number);
      e += count * (err[g] as number);
    }
    const entries = (supStart[p + 1] as number) - (supStart[p] as number);
    return { a: a + e + slack(Math.abs(a) + Math.abs(s * width) + (costF[p] as number), entries), s };
  };

  interface Split {
    rho: number;
    utilityRich: number;
    /** Σ count·(m0, slope, err) over the supporters who cannot pay ρ·u. */
    poorA: number;
    poorS: number;
    poorE: number;
    /** Σ count·money over those supporters, and over all supporters. */
    paid: number;
    total: number;
    /** Smallest money / utility among those who can pay. */
    minRatio: number;
    richCount: number;
  }
  let richList = new Int32Array(64);

  /**
   * Poor/rich split of p's supporters with money m0 + s·at + side·e (the highest possible money for
   * side = 1, the lowest for side = −1): those who cannot pay ρ·u pay all they have and ρ rises
   * until no one else drops out. Starts from the stored lower bound of p's price, which lies below
   * the result either way, so usually one pass suffices. Undefined if nobody can pay.
   */
  const split = (p: number, at: number, side: 1 | -1): Split | undefined => {
    const start = supStart[p] as number;
    const end = supStart[p + 1] as number;
    const cost = costF[p] as number;
    if (richList.length < end - start) richList = new Int32Array(end - start);
    const floor = Math.max(0, ((lower0[p] as number) + (lowerSlope[p] as number) * at) * (1 - 1e-9));
    let poorA = 0;
    let poorS = 0;
    let poorE = 0;
    let paid = 0;
    let total = 0;
    let utilityRich = 0;
    let richCount = 0;
    let minRatio = Number.POSITIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      const u = supUtil[i] as number;
      const count = mult[g] as number;
      const v = (m0[g] as number) + (slope[g] as number) * at + side * (err[g] as number);
      total += count * v;
      if (v < floor * u || v <= 0) {
        poorA += count * (m0[g] as number);
        poorS += count * (slope[g] as number);
        poorE += count * (err[g] as number);
        paid += count * v;
      } else {
        richList[richCount++] = i;
        utilityRich += count * u;
        const ratio = v / u;
        if (ratio < minRatio) minRatio = ratio;
      }
    }
    if (utilityRich === 0) return undefined;
    let rho = (cost - paid) / utilityRich;
    for (let iteration = 0; minRatio < rho; iteration++) {
      if (iteration > 64) return undefined;
      let kept = 0;
      minRatio = Number.POSITIVE_INFINITY;
      for (let k = 0; k < richCount; k++) {
        const i = richList[k] as number;
        const g = supGroup[i] as number;
        const u = supUtil[i] as number;
        const v = (m0[g] as number) + (slope[g] as number) * at + side * (err[g] as number);
        if (v < rho * u) {
          const count = mult[g] as number;
          poorA += count * (m0[g] as number);
          poorS += count * (slope[g] as number);
          poorE += count * (err[g] as number);
          paid += count * v;
          utilityRich -= count * u;
        } else {
          richList[kept++] = i;
          if (v / u < minRatio) minRatio = v / u;
        }
      }
      richCount = kept;
      if (utilityRich <= 0) return undefined;
      rho = (cost - paid) / utilityRich;
    }
    return { rho, utilityRich, poorA, poorS, poorE, paid, total, minRatio, richCount };
  };

  /**
   * Tangent lower bound of p's price at δ = at, as a + s·δ. Supporters who cannot pay the price at
   * that point count with all their (highest possible) money, the others with ρ·u:
   * Σ min(m, ρu) ≤ Σ_poor m + ρ·Σ_rich u holds for any split, so any split gives a valid bound over
   * the whole interval, and the poor/rich split at `at` gives the tangent there. Undefined if no
   * supporter has money left at that point.
   */
  const tangentAt = (p: number, at: number): { a: number; s: number } | undefined => {
    const cut = split(p, at, 1);
    if (!cut) return undefined;
    // ρ_p(δ) ≥ (cost − poorMoney(δ)) / utilityRich, with the money taken at its upper bound.
    const cost = costF[p] as number;
    const entries = (supStart[p + 1] as number) - (supStart[p] as number);
    const margin = cut.poorE + slack(cost + Math.abs(cut.poorA) + Math.abs(cut.poorS * width), entries);
    const s = -cut.poorS / cut.utilityRich;
    return { a: ((cost - cut.poorA - margin) / cut.utilityRich) * (1 - 8 * EPS) - Math.abs(s) * width * 8 * EPS, s };
  };

  /** Keeps a tangent as p's stored lower bound if it is higher at its lowest point. */
  const keepLowerBound = (p: number, line: { a: number; s: number }): void => {
    if (minOver(line.a, line.s) > minOver(lower0[p] as number, lowerSlope[p] as number)) {
      lower0[p] = line.a;
      lowerSlope[p] = line.s;
    }
  };

  /** Refreshes p's stored lower bound with the tangent at the midpoint (or an end). */
  const refreshLowerBound = (p: number, upper = moneyUpper(p)): "ok" | "unaffordable" => {
    if (maxOver(upper.a, upper.s) < (costF[p] as number)) return "unaffordable";
    for (const at of [width / 2, width, 0]) {
      const line = tangentAt(p, at);
      if (line) {
        keepLowerBound(p, line);
        break;
      }
    }
    return "ok";
  };

  /**
   * Upper bound of w's price at one δ: the price computed with the lowest possible money of every
   * supporter, plus a certified bound on the float error. Infinity if it cannot be bounded.
   */
  const priceUpperAt = (w: number, at: number): number => {
    const cost = costF[w] as number;
    const entries = (supStart[w + 1] as number) - (supStart[w] as number);
    // The lowest possible money may be negative; it is used as it is (not as 0), which keeps the
    // sum affine in δ and the price convex — and only lowers the sum, so the bound stays valid.
    const cut = split(w, at, -1);
    if (!cut || !(cut.total - slack(Math.abs(cut.total) + cost, entries) > cost)) return Number.POSITIVE_INFINITY;
    const rho = cut.rho;
    // As in the exact run: the residual of the float solution over the slope of supporters well
    // above the threshold bounds the distance to the true root.
    let robust = cut.utilityRich;
    if (cut.minRatio < rho * (1 + MARGIN)) {
      robust = 0;
      for (let k = 0; k < cut.richCount; k++) {
        const i = richList[k] as number;
        const g = supGroup[i] as number;
        const u = supUtil[i] as number;
        const v = (m0[g] as number) + (slope[g] as number) * at - (err[g] as number);
        if (v >= rho * u * (1 + MARGIN)) robust += (mult[g] as number) * u;
      }
    }
    if (robust === 0) return Number.POSITIVE_INFINITY;
    const errRho =
      (2 * (entries + 4) * EPS * (cost + Math.abs(cut.paid) + Math.abs(cut.total))) / robust + 8 * EPS * rho;
    if (!(errRho <= 0.5 * MARGIN * rho)) return Number.POSITIVE_INFINITY;
    return rho + errRho;
  };

  const active = new Set(setup.candidates);
  for (const w of sequence) {
    if (!active.has(w)) return 0;
    active.delete(w);
    const start = supStart[w] as number;
    const end = supStart[w + 1] as number;

    // 1. The price of w lies between the tangent L(δ) and the chord C(δ).
    const atLow = priceUpperAt(w, 0);
    if (!Number.isFinite(atLow)) return 0;
    // Far from δ = 0 the enclosures may be too loose to bound the price; then look less far.
    let atHigh = priceUpperAt(w, width);
    while (!Number.isFinite(atHigh) && width > 2) {
      width /= 2;
      limit = Math.min(limit, width);
      atHigh = priceUpperAt(w, width);
    }
    if (!Number.isFinite(atHigh)) return 0;
    const chord0 = atLow;
    const chordS = (atHigh - atLow) / width;
    const chordSlack = slack(Math.abs(atLow) + Math.abs(atHigh), 4);
    if (refreshLowerBound(w) === "unaffordable") return 0;
    const tangent0 = lower0[w] as number;
    const tangentS = lowerSlope[w] as number;

    // 2. Every other project in play stays strictly more expensive (or loses the tie by id).
    const lw = lambda(w);
    const keyHighMax = Math.max(chord0, chord0 + chordS * width) * lw * (1 + 8 * EPS) + chordSlack * lw;
    let wKey: Rational | undefined | null = null;
    const lowestKey = new Map<number, number>();
    for (const p of active) lowestKey.set(p, minOver(lower0[p] as number, lowerSlope[p] as number) * lambda(p));
    const order = [...active].sort((a, b) => (lowestKey.get(a) as number) - (lowestKey.get(b) as number));
    for (const p of order) {
      if (minOver(lower0[p] as number, lowerSlope[p] as number) * lambda(p) * (1 - 8 * EPS) > keyHighMax) break;
      if (twinOf[p] === twinOf[w] && compareProjectIds(ids[w] as string, ids[p] as string) < 0) continue;
      const upper = moneyUpper(p);
      if (refreshLowerBound(p, upper) === "unaffordable") {
        active.delete(p);
        continue;
      }
      // Either p stays more expensive — key_p(δ) ≥ L_p(δ)·λ_p > C_w(δ)·λ_w ≥ key_w(δ) — or its
      // supporters stay short of its cost (then it stays so in later rounds too); whichever
      // holds longer.
      const lp = lambda(p);
      const margin = (line: { a: number; s: number }): { a: number; s: number } => ({
        a:
          line.a * lp * (1 - 8 * EPS) -
          (chord0 + chordSlack) * lw * (1 + 8 * EPS) -
          slack(Math.abs(chord0 * lw) + Math.abs(chordS * lw * width), 4),
        s: line.s * lp - chordS * lw,
      });
      let { a: d0, s: dS } = margin({ a: lower0[p] as number, s: lowerSlope[p] as number });
      let byPrice = reach(d0, dS);
      if (byPrice < width) {
        // The midpoint tangent is loosest at the ends; the tangent at δ = 0 may reach further.
        const near = tangentAt(p, 0);
        const nearMargin = near ? margin(near) : undefined;
        if (near && nearMargin && reach(nearMargin.a, nearMargin.s) > byPrice) {
          d0 = nearMargin.a;
          dS = nearMargin.s;
          byPrice = reach(d0, dS);
          keepLowerBound(p, near);
        }
      }
      const byMoney = reach((costF[p] as number) - upper.a, -upper.s);
      if (Math.max(byPrice, byMoney) < width) {
        // Close: an exact tie is common when both projects' supporters can all pay the equal share.
        if (wKey === null) wKey = equalShareKey(w);
        const pKey = wKey === undefined ? undefined : equalShareKey(p);
        if (wKey !== undefined && pKey !== undefined) {
          const order = wKey.cmp(pKey);
          if (order < 0 || (order === 0 && compareProjectIds(ids[w] as string, ids[p] as string) < 0)) continue;
        }
      }
      if (byMoney > byPrice) {
        if (!require((costF[p] as number) - upper.a, -upper.s)) return 0;
        active.delete(p);
      } else if (!require(d0, dS)) return 0;
    }

    // 3. Supporters pay ρ·u with ρ ∈ [L(δ), C(δ)], or all they have.
    const gap = Math.max(0, maxOver(chord0 - tangent0, chordS - tangentS)) + chordSlack;
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      const u = supUtil[i] as number;
      const a = m0[g] as number;
      const s = slope[g] as number;
      const e = err[g] as number;
      if (minOver(a - e - (chord0 + chordSlack) * u, s - chordS * u) > 0) {
        // Can pay the price throughout: m − ρu ∈ [m_low − C·u, m_high − L·u].
        const center0 = a - ((chord0 + tangent0) / 2) * u;
        const centerS = s - ((chordS + tangentS) / 2) * u;
        m0[g] = center0;
        slope[g] = centerS;
        err[g] = e + (gap / 2) * u + slack(Math.abs(center0) + Math.abs(centerS * width) + chord0 * u, 4);
      } else if (maxOver(a + e - tangent0 * u, s - tangentS * u) < 0) {
        // Pays all it has throughout.
        m0[g] = 0;
        slope[g] = 0;
        err[g] = 0;
      } else {
        // Either: what is left lies in [0, max(0, m_high − L·u)].
        const top =
          Math.max(0, maxOver(a + e - tangent0 * u, s - tangentS * u)) + slack(Math.abs(a) + Math.abs(s * width), 4);
        m0[g] = top / 2;
        slope[g] = 0;
        err[g] = top / 2;
      }
    }
  }

  // 4. Nothing else is affordable.
  for (const p of active) {
    const upper = moneyUpper(p);
    if (!require((costF[p] as number) - upper.a, -upper.s)) return 0;
  }
  return limit;
}
