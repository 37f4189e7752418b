import type { Rational } from "../rational";
import { compareProjectIds } from "../tie-breaking";
import type { EqualSharesSetup } from "./equal-shares-run";

/**
 * Proves that Equal Shares selects the same projects in the same order for every per-voter budget
 * b in [low, low + w), without running it at each b, and returns the largest such w it can prove
 * (at most high − low; 0 when it proves nothing).
 *
 * For b = low + δ, δ ∈ [0, Δ], every voter's money is tracked as an affine function of δ with an
 * error radius: m(δ) ∈ [m0 + s·δ − e, m0 + s·δ + e]. Round by round, following the given sequence:
 * - the price ρ of the project funded in that round is enclosed as ρ̂(δ) ± Eρ, where ρ̂ is affine;
 * - every other project still in play gets an affine lower bound L(δ) on its price (from
 *   Σ min(money, ρ·u) ≤ Σ_poor money + ρ·Σ_rich u, valid whichever supporters are called "poor"), and
 *   must stay strictly more expensive than the funded one over the whole interval;
 * - supporters pay; where it is unclear whether a supporter could afford ρ·u, the money left is
 *   enclosed by an interval instead.
 * At the end every project still in play must be unaffordable. Each such condition is affine in δ,
 * so it holds on [0, root) and the proof covers the smallest root: up to there every round goes as
 * assumed, so the enclosures built on those assumptions are sound there.
 * Float rounding is covered by explicit slack terms; anything the enclosures cannot separate (a true
 * tie, a near tie) makes the proof fail, and the caller then computes single budgets exactly.
 *
 * Two kinds of exact ties are recognised, because they are common and hold over whole intervals:
 * projects with identical supporters and cost ("twins"), and projects whose supporters have never
 * paid and can all pay the equal share (their price is cost / Σ utility exactly).
 */
export interface CertificateContext {
  readonly setup: EqualSharesSetup;
  /** Projects with the same twin id have the same cost and the same supporters with the same utilities. */
  readonly twinOf: Int32Array;
}

const EPS = 2 ** -53;

export function buildTwinIndex(setup: EqualSharesSetup): Int32Array {
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
  return twinOf;
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
  const groupStart = profile.groupStart;
  const groupProject = profile.groupProject;

  const bLow = low.toNumber();
  const width = high.sub(low).toNumber() * (1 + 4 * EPS);
  const bHigh = bLow + width;
  const m0 = new Float64Array(groupCount).fill(bLow);
  const slope = new Float64Array(groupCount).fill(1);
  const err = new Float64Array(groupCount).fill(4 * EPS * bHigh);
  const untouched = new Uint8Array(groupCount).fill(1);
  const touchedSupporters = new Int32Array(projectCount);
  const costF = costs.map((c) => c.toNumber());
  const lambda = (p: number): number => (compareByCost ? 1 / (costF[p] as number) : 1);
  // Affine lower bound of each project's comparison key (ρ, or ρ/cost): L0 + Ls·δ.
  const lower0 = new Float64Array(projectCount);
  const lowerSlope = new Float64Array(projectCount);
  for (const p of setup.candidates) {
    lower0[p] = ((costF[p] as number) / (profile.totalUtility[p] as number)) * lambda(p) * (1 - 16 * EPS);
  }
  const minOver = (a: number, s: number): number => a + Math.min(0, s * width);
  const maxOver = (a: number, s: number): number => a + Math.max(0, s * width);
  const slack = (magnitude: number, terms: number): number => (terms + 16) * 8 * EPS * magnitude;
  // The proof holds for δ < limit; each affine condition a + s·δ > 0 can only lower it.
  let limit = width;
  const require = (a: number, s: number): boolean => {
    if (!(a > 0)) {
      limit = 0;
      return false;
    }
    if (s < 0) limit = Math.min(limit, (a / -s) * (1 - 1e-9));
    return limit > 0;
  };

  /** Exact price key of a project none of whose supporters has paid, if all of them can pay it. */
  const untouchedKey = (p: number): Rational | undefined => {
    if ((touchedSupporters[p] as number) > 0) return undefined;
    let maxUtility = 0;
    for (let i = supStart[p] as number; i < (supStart[p + 1] as number); i++) {
      if ((supUtil[i] as number) > maxUtility) maxUtility = supUtil[i] as number;
    }
    const rho = (costs[p] as Rational).divInt(profile.totalUtility[p] as number);
    if (rho.mulInt(maxUtility).gt(low)) return undefined;
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

  /**
   * Refreshes the affine lower bound of p's key. Supporters who cannot pay the price at some point of
   * the interval count with all their money, the others with ρ·u: Σ min(m, ρu) ≤ Σ_poor m + ρ·Σ_rich u
   * holds for any split, so any split gives a valid bound; the split of a poor/rich iteration gives a
   * tight one. If no split leaves anyone able to pay, the previous bound stays.
   */
  const refreshLowerBound = (p: number): "ok" | "unaffordable" => {
    const start = supStart[p] as number;
    const end = supStart[p + 1] as number;
    const cost = costF[p] as number;
    const upper = moneyUpper(p);
    if (maxOver(upper.a, upper.s) < cost) return "unaffordable";
    for (const at of [width / 2, width, 0]) {
      let utilityRich = 0;
      for (let i = start; i < end; i++) {
        const g = supGroup[i] as number;
        if ((m0[g] as number) + (slope[g] as number) * at > 0) utilityRich += (mult[g] as number) * (supUtil[i] as number);
      }
      if (utilityRich === 0) continue;
      let rho = cost / utilityRich;
      let poorA = 0;
      let poorS = 0;
      let poorE = 0;
      for (let iteration = 0; iteration < 64; iteration++) {
        poorA = 0;
        poorS = 0;
        poorE = 0;
        let rich = 0;
        for (let i = start; i < end; i++) {
          const g = supGroup[i] as number;
          const u = supUtil[i] as number;
          const count = mult[g] as number;
          if ((m0[g] as number) + (slope[g] as number) * at < rho * u) {
            poorA += count * (m0[g] as number);
            poorS += count * (slope[g] as number);
            poorE += count * (err[g] as number);
          } else rich += count * u;
        }
        const stable = rich === utilityRich && iteration > 0;
        utilityRich = rich;
        if (stable || rich === 0) break;
        rho = (cost - (poorA + poorS * at)) / rich;
      }
      if (utilityRich === 0) continue;
      // ρ_p(δ) ≥ (cost − poorMoney(δ)) / utilityRich, with the money taken at its upper bound.
      const margin = poorE + slack(cost + Math.abs(poorA) + Math.abs(poorS * width), end - start);
      const l = lambda(p);
      const s = (-poorS / utilityRich) * l;
      const a = ((cost - poorA - margin) / utilityRich) * l * (1 - 8 * EPS) - Math.abs(s) * width * 8 * EPS;
      // Keep whichever valid bound is higher at its lowest point.
      if (minOver(a, s) > minOver(lower0[p] as number, lowerSlope[p] as number)) {
        lower0[p] = a;
        lowerSlope[p] = s;
      }
      break;
    }
    return "ok";
  };

  const active = new Set(setup.candidates);
  for (const w of sequence) {
    if (!active.has(w)) return 0;
    active.delete(w);
    const start = supStart[w] as number;
    const end = supStart[w + 1] as number;
    const cost = costF[w] as number;
    const entries = end - start;

    // 1. The price of w as ρ̂(δ) ± Eρ.
    const mid = width / 2;
    let totalA = 0;
    let totalS = 0;
    let totalE = 0;
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      const count = mult[g] as number;
      totalA += count * (m0[g] as number);
      totalS += count * (slope[g] as number);
      totalE += count * (err[g] as number);
    }
    // w stays affordable.
    if (!require(totalA - totalE - slack(totalA + Math.abs(totalS * width), entries) - cost, totalS)) return 0;
    let utilityRich = 0;
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      if ((m0[g] as number) + (slope[g] as number) * mid > 0) utilityRich += (mult[g] as number) * (supUtil[i] as number);
    }
    let poorA = 0;
    let poorS = 0;
    let rho = cost / utilityRich;
    for (let iteration = 0; ; iteration++) {
      if (iteration > 64 || utilityRich === 0) return 0;
      poorA = 0;
      poorS = 0;
      let rich = 0;
      for (let i = start; i < end; i++) {
        const g = supGroup[i] as number;
        const u = supUtil[i] as number;
        const count = mult[g] as number;
        if ((m0[g] as number) + (slope[g] as number) * mid < rho * u) {
          poorA += count * (m0[g] as number);
          poorS += count * (slope[g] as number);
        } else rich += count * u;
      }
      const stable = rich === utilityRich && iteration > 0;
      utilityRich = rich;
      if (rich === 0) return 0;
      rho = (cost - (poorA + poorS * mid)) / rich;
      if (stable) break;
    }
    const rho0 = (cost - poorA) / utilityRich;
    const rhoS = -poorS / utilityRich;
    // Residual of Σ min(m, ρ̂u) = cost over the interval: supporters whose side may flip, plus errors.
    let residual = totalE + slack(cost + totalA + Math.abs(totalS * width), entries);
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      const u = supUtil[i] as number;
      const h0 = (m0[g] as number) - rho0 * u;
      const hS = (slope[g] as number) - rhoS * u;
      const value = (m0[g] as number) + (slope[g] as number) * mid;
      const count = mult[g] as number;
      const e = err[g] as number;
      if (value < rho * u) {
        const worst = maxOver(h0, hS) + e;
        if (worst > 0) residual += count * worst;
      } else {
        const worst = -minOver(h0, hS) + e;
        if (worst > 0) residual += count * worst;
      }
    }
    const errRho0 = residual / utilityRich;
    let robust = 0;
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      const u = supUtil[i] as number;
      const h0 = (m0[g] as number) - rho0 * u;
      const hS = (slope[g] as number) - rhoS * u;
      if (minOver(h0, hS) - (err[g] as number) >= 2 * errRho0 * u) robust += (mult[g] as number) * u;
    }
    if (robust === 0) return 0;
    const errRho = residual / robust + slack(Math.abs(rho0) + Math.abs(rhoS * width), 4);
    if (errRho > 2 * errRho0 + slack(Math.abs(rho0), 4)) return 0;

    // 2. Every other project in play stays strictly more expensive (or loses the tie by id).
    const lw = lambda(w);
    const keyHigh0 = (rho0 + errRho) * lw * (1 + 8 * EPS);
    const keyHighS = rhoS * lw;
    const keyHighMax = maxOver(keyHigh0, keyHighS) + Math.abs(keyHighS * width) * 8 * EPS;
    const wKey = untouchedKey(w);
    const order = [...active].sort(
      (a, b) => minOver(lower0[a] as number, lowerSlope[a] as number) - minOver(lower0[b] as number, lowerSlope[b] as number),
    );
    for (const p of order) {
      if (minOver(lower0[p] as number, lowerSlope[p] as number) > keyHighMax) break;
      if (twinOf[p] === twinOf[w] && compareProjectIds(ids[w] as string, ids[p] as string) < 0) continue;
      if (wKey !== undefined) {
        const pKey = untouchedKey(p);
        if (pKey !== undefined) {
          const order = wKey.cmp(pKey);
          if (order < 0 || (order === 0 && compareProjectIds(ids[w] as string, ids[p] as string) < 0)) continue;
          return 0;
        }
      }
      if (refreshLowerBound(p) === "unaffordable") {
        active.delete(p);
        continue;
      }
      const d0 = (lower0[p] as number) - keyHigh0;
      const dS = (lowerSlope[p] as number) - keyHighS;
      if (!require(d0 - slack(Math.abs(keyHigh0) + Math.abs(keyHighS * width), 4), dS)) return 0;
    }

    // 3. Supporters pay.
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      const u = supUtil[i] as number;
      const h0 = (m0[g] as number) - rho0 * u;
      const hS = (slope[g] as number) - rhoS * u;
      const e = (err[g] as number) + errRho * u;
      if (minOver(h0, hS) - e > 0) {
        // Pays ρ·u throughout.
        m0[g] = h0;
        slope[g] = hS;
        err[g] = e + slack(Math.abs(m0[g] as number) + Math.abs((slope[g] as number) * width) + rho0 * u, 2);
      } else if (maxOver(h0, hS) + e < 0) {
        // Pays all it has throughout.
        m0[g] = 0;
        slope[g] = 0;
        err[g] = 0;
      } else {
        // Either: what is left lies in [0, max(0, h) + e].
        const top = Math.max(0, maxOver(h0, hS)) + e + slack(Math.abs(h0) + Math.abs(hS * width), 2);
        m0[g] = top / 2;
        slope[g] = 0;
        err[g] = top / 2;
      }
      if (untouched[g]) {
        untouched[g] = 0;
        for (let j = groupStart[g] as number; j < (groupStart[g + 1] as number); j++) {
          const q = groupProject[j] as number;
          touchedSupporters[q] = (touchedSupporters[q] as number) + 1;
        }
      }
    }
  }

  // 4. Nothing else is affordable anywhere in the interval.
  for (const p of active) {
    const upper = moneyUpper(p);
    if (!require((costF[p] as number) - upper.a, -upper.s)) return 0;
  }
  return limit;
}

export function certificateContext(setup: EqualSharesSetup): CertificateContext {
  return { setup, twinOf: buildTwinIndex(setup) };
}

