import type { GroupedProfile } from "../grouped-profile";
import { Rational, ratioToNumber } from "../rational";
import { compareProjectIds } from "../tie-breaking";
import { ExactLedger } from "./exact-ledger";

/**
 * One run of the Method of Equal Shares at a given per-voter budget b0.
 *
 * Every voter starts with b0. In each round, for every project still in play, the price per unit of
 * utility ρ is the smallest value such that its supporters, each paying min(own money left, ρ·u),
 * pay its cost together. The project with the smallest ρ (cost satisfaction: smallest ρ / cost, the
 * same as the largest "effective vote count") is funded and its supporters pay. A project whose
 * supporters together hold less than its cost drops out for good. Ties go to the smaller project id
 * (string order). The run ends when no project is affordable.
 *
 * How it stays exact and fast: money is tracked in doubles with a proven bound on their error, and
 * every decision is certified against that bound; a decision the doubles cannot certify (a true tie,
 * or values closer than ~1e-7 relative) is taken again with exact rationals from the ExactLedger. The
 * exact price of every funded project is always computed, so the rationals are at hand whenever a
 * close call needs them. Voters with identical ballots are one group with a multiplicity.
 */

export interface EqualSharesSetup {
  readonly profile: GroupedProfile;
  readonly costs: readonly Rational[];
  readonly ids: readonly string[];
  /** "cost": projects compared by ρ/cost; otherwise by ρ. */
  readonly compareByCost: boolean;
  /** Projects that take part: supported, with a positive cost (zero-cost ones are funded up front). */
  readonly candidates: readonly number[];
}

export interface EqualSharesRun {
  readonly perVoterBudget: Rational;
  /** Candidate projects in selection order. */
  readonly selected: number[];
  /** Exact ρ of each selected project, parallel to `selected`; computed on demand. */
  prices(): Rational[];
  /** Exact money left with the supporters of a project at the end of the run. */
  moneyLeftWith(project: number): Rational;
}

const EPS = 2 ** -53;
/** Relative margin around ρ inside which a float classification is re-checked exactly. */
const MARGIN = 1e-7;

interface Evaluation {
  readonly affordable: boolean;
  readonly rho: number;
  /** Certified bound on |ρ(float) − ρ(exact)|; Infinity when the doubles cannot vouch for ρ. */
  readonly errRho: number;
}

interface ExactPrice {
  /** ρ = numerator / (D·divisor), D the ledger denominator at the time of computation. */
  readonly numerator: bigint;
  readonly divisor: number;
  /** The float ρ and the tolerance around it outside which supporters were classified by float. */
  readonly rhoHint: number;
  readonly tolerance: number;
  /** Supporters inside the tolerance, decided exactly: PAYS_ALL or PAYS_PRICE per group. */
  readonly decided: ReadonlyMap<number, number>;
}

const PAYS_ALL = 1;
const PAYS_PRICE = 2;

export function runEqualShares(setup: EqualSharesSetup, perVoterBudget: Rational): EqualSharesRun {
  const { profile, costs, ids, compareByCost } = setup;
  const groupCount = profile.groupCount;
  const projectCount = profile.projectCount;
  const mult = profile.multiplicity;
  const supStart = profile.supStart;
  const supGroup = profile.supGroup;
  const supUtil = profile.supUtil;
  const supMult = profile.supMult;
  const groupStart = profile.groupStart;
  const groupProject = profile.groupProject;
  const groupUtil = profile.groupUtil;

  const b0f = perVoterBudget.toNumber();
  const money = new Float64Array(groupCount).fill(b0f);
  const broke = new Uint8Array(groupCount);
  const ledger = new ExactLedger(perVoterBudget, costs);
  const roundOf = new Int32Array(projectCount).fill(-1);
  const coefficients = new Float64Array(projectCount + 1);
  // Error bound of every float money value: b0 is rounded once, each payment adds ≤ 3 EPS·b0.
  const errMoney = (4 * profile.maxBallotLength + 4) * EPS * b0f;
  const costF = costs.map((cost) => cost.toNumber());

  // A certified lower bound of each project's key (ρ, or ρ/cost). Money only ever decreases, so a
  // project's ρ only increases: a bound from an earlier round stays valid.
  const lowerBound = new Float64Array(projectCount);
  for (const p of setup.candidates) {
    const rho = (costF[p] as number) / (profile.totalUtility[p] as number);
    lowerBound[p] = (compareByCost ? rho / (costF[p] as number) : rho) * (1 - 16 * EPS);
  }

  let rich = new Int32Array(64);

  function exactMoneyScaled(g: number): bigint {
    // b0·D − Σ ρ_s·u·D over the funded projects on the ballot of a group that still has money.
    let value = ledger.b0Scaled;
    for (let i = groupStart[g] as number; i < (groupStart[g + 1] as number); i++) {
      const s = roundOf[groupProject[i] as number] as number;
      if (s >= 0) value -= BigInt(groupUtil[i] as number) * ledger.rhoScaled(s);
    }
    return value;
  }

  /** Adds a group's voters and their utilities per funded project to `coefficients`. */
  function accumulate(g: number): number {
    const count = mult[g] as number;
    for (let j = groupStart[g] as number; j < (groupStart[g + 1] as number); j++) {
      const s = roundOf[groupProject[j] as number] as number;
      if (s >= 0) coefficients[s] = (coefficients[s] as number) + count * (groupUtil[j] as number);
    }
    return count;
  }

  /** Exact money (times D) held by all supporters of p. */
  function exactSupportMoney(p: number): bigint {
    coefficients.fill(0, 0, ledger.rounds());
    let voters = 0;
    for (let i = supStart[p] as number; i < (supStart[p + 1] as number); i++) {
      const g = supGroup[i] as number;
      if (!broke[g]) voters += accumulate(g);
    }
    return ledger.scaledSum(voters, coefficients);
  }

  /**
   * Float ρ of p by the poor/rich iteration (supporters who cannot pay ρ·u pay all they have, ρ
   * rises until no one else drops out), with a certified bound on its error.
   */
  function evaluate(p: number): Evaluation {
    const start = supStart[p] as number;
    const end = supStart[p + 1] as number;
    const cost = costF[p] as number;
    if (rich.length < end - start) rich = new Int32Array(end - start);
    // Supporters below a certified lower bound of ρ are poor for sure; the margin keeps that true
    // for the float ρ as well.
    const known = Math.max(0, compareByCost ? (lowerBound[p] as number) * cost : (lowerBound[p] as number));
    const rhoFloor = known * (1 - MARGIN);
    let total = 0;
    let voters = 0;
    let paidByPoor = 0;
    let utilityRich = 0;
    let richCount = 0;
    let minRatio = Number.POSITIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const count = supMult[i] as number;
      voters += count;
      const m = money[supGroup[i] as number] as number;
      if (m <= 0) continue;
      total += count * m;
      const u = supUtil[i] as number;
      const ratio = u === 1 ? m : m / u;
      if (ratio < rhoFloor) paidByPoor += count * m;
      else {
        rich[richCount++] = i;
        utilityRich += count * u;
        if (ratio < minRatio) minRatio = ratio;
      }
    }
    const entries = end - start;
    const errTotal = 2 * (voters * errMoney + (entries + 4) * EPS * total) + 4 * EPS * cost;
    if (total + errTotal < cost) return { affordable: false, rho: Number.NaN, errRho: 0 };
    if (total - errTotal < cost && exactSupportMoney(p) < ledger.costOf(p)) {
      return { affordable: false, rho: Number.NaN, errRho: 0 };
    }
    const uncertain = { affordable: true, rho: cost, errRho: Number.POSITIVE_INFINITY };
    if (utilityRich <= 0) return uncertain;
    let rho = (cost - paidByPoor) / utilityRich;
    while (minRatio < rho) {
      let kept = 0;
      minRatio = Number.POSITIVE_INFINITY;
      for (let k = 0; k < richCount; k++) {
        const i = rich[k] as number;
        const u = supUtil[i] as number;
        const m = money[supGroup[i] as number] as number;
        const ratio = u === 1 ? m : m / u;
        if (ratio < rho) {
          const count = supMult[i] as number;
          paidByPoor += count * m;
          utilityRich -= count * u;
        } else {
          rich[kept++] = i;
          if (ratio < minRatio) minRatio = ratio;
        }
      }
      richCount = kept;
      if (utilityRich <= 0) return uncertain;
      rho = (cost - paidByPoor) / utilityRich;
    }
    // Certified error of ρ: the residual of Σ min(money, ρu) = cost is at most errResidual, and the
    // supporters well above the threshold keep the slope of that sum at least `robust`.
    const errResidual = 2 * (2 * voters * errMoney + (entries + 4) * EPS * (cost + paidByPoor));
    let robust = utilityRich;
    const safeAbove = rho * (1 + MARGIN) + errMoney;
    if (minRatio < safeAbove) {
      robust = 0;
      for (let k = 0; k < richCount; k++) {
        const i = rich[k] as number;
        const u = supUtil[i] as number;
        if ((money[supGroup[i] as number] as number) >= rho * u * (1 + MARGIN) + errMoney)
          robust += (supMult[i] as number) * u;
      }
    }
    let errRho = robust > 0 ? errResidual / robust + 8 * EPS * rho : Number.POSITIVE_INFINITY;
    if (!(errRho <= 0.5 * MARGIN * rho)) errRho = Number.POSITIVE_INFINITY;
    return { affordable: true, rho, errRho };
  }

  function keyOf(p: number, rho: number): number {
    return compareByCost ? rho / (costF[p] as number) : rho;
  }

  function keyError(p: number, rho: number, errRho: number): number {
    return compareByCost ? errRho / (costF[p] as number) + 8 * EPS * (rho / (costF[p] as number)) : errRho;
  }

  /** Exact ρ of p, classifying supporters by float where the margin allows and exactly elsewhere. */
  function exactPrice(p: number, evaluation: Evaluation): ExactPrice {
    const start = supStart[p] as number;
    const end = supStart[p + 1] as number;
    const certain = Number.isFinite(evaluation.errRho);
    const rhoHint = evaluation.rho;
    const tolerance = certain ? 2 * evaluation.errRho + 8 * EPS * rhoHint : Number.POSITIVE_INFINITY;
    const richAbove = rhoHint + tolerance;
    const poorBelow = rhoHint - tolerance;
    // Supporters clearly unable to pay ρ·u pay all they have: their exact sum comes from the
    // ledger. Those near the threshold are sorted and scanned exactly.
    coefficients.fill(0, 0, ledger.rounds());
    let poorVoters = 0;
    let utilityRich = 0;
    const ambiguous: Array<{ g: number; u: number; value: bigint }> = [];
    for (let i = start; i < end; i++) {
      const g = supGroup[i] as number;
      const m = money[g] as number;
      // Money is 0 for every group that ran out (and, rarely, for one that has an exact remainder).
      if (m === 0 && broke[g]) continue;
      const u = supUtil[i] as number;
      if (m - errMoney > richAbove * u) utilityRich += (supMult[i] as number) * u;
      else if (m + errMoney < poorBelow * u) poorVoters += accumulate(g);
      else ambiguous.push({ g, u, value: exactMoneyScaled(g) });
    }
    let paid = ledger.scaledSum(poorVoters, coefficients);
    for (const a of ambiguous) utilityRich += (mult[a.g] as number) * a.u;
    ambiguous.sort((a, b) => {
      const left = a.value * BigInt(b.u);
      const right = b.value * BigInt(a.u);
      return left < right ? -1 : left > right ? 1 : 0;
    });
    const costScaled = ledger.costOf(p);
    const decided = new Map<number, number>();
    for (let k = 0; k < ambiguous.length; k++) {
      const a = ambiguous[k] as (typeof ambiguous)[number];
      // ρ·u ≤ money  ⇔  (cost − paid)·u ≤ money·Σ rich utility (all amounts times D)
      const need = (costScaled - paid) * BigInt(a.u);
      const has = a.value * BigInt(utilityRich);
      if (need <= has) {
        // This one and all after it (more money per utility) can pay ρ·u; one that pays exactly
        // all it has is left with nothing.
        decided.set(a.g, need === has ? PAYS_ALL : PAYS_PRICE);
        for (let rest = k + 1; rest < ambiguous.length; rest++) {
          decided.set((ambiguous[rest] as (typeof ambiguous)[number]).g, PAYS_PRICE);
        }
        break;
      }
      decided.set(a.g, PAYS_ALL);
      paid += BigInt(mult[a.g] as number) * a.value;
      utilityRich -= (mult[a.g] as number) * a.u;
    }
    const numerator = costScaled - paid;
    if (certain) {
      // The float classification relied on |ρ(float) − ρ(exact)| ≤ errRho; confirm it.
      const exactRho = ratioToNumber(numerator, ledger.denominator * BigInt(Math.max(utilityRich, 1)));
      if (!(utilityRich > 0 && Math.abs(exactRho - rhoHint) <= evaluation.errRho * 1.5 + 8 * EPS * rhoHint)) {
        return exactPrice(p, { affordable: true, rho: rhoHint, errRho: Number.POSITIVE_INFINITY });
      }
    }
    return { numerator, divisor: utilityRich, rhoHint, tolerance, decided };
  }

  /** −1 when a's exact key (ρ, or ρ/cost) is smaller than b's, ties by project id. */
  function compareExact(a: number, pa: ExactPrice, b: number, pb: ExactPrice): number {
    let left = pa.numerator * BigInt(pb.divisor);
    let right = pb.numerator * BigInt(pa.divisor);
    if (compareByCost) {
      left *= ledger.costOf(b);
      right *= ledger.costOf(a);
    }
    if (left !== right) return left < right ? -1 : 1;
    return compareProjectIds(ids[a] as string, ids[b] as string);
  }

  function pay(p: number, price: ExactPrice): void {
    const rhoF = ratioToNumber(price.numerator, ledger.denominator * BigInt(price.divisor));
    const richAbove = price.rhoHint + price.tolerance;
    const decided = price.decided;
    const checkDecided = decided.size > 0;
    for (let i = supStart[p] as number; i < (supStart[p + 1] as number); i++) {
      const g = supGroup[i] as number;
      const m = money[g] as number;
      if (m === 0 && broke[g]) continue;
      const u = supUtil[i] as number;
      // Outside the tolerance the float classification of exactPrice holds; inside it the exact one.
      const decision = checkDecided ? decided.get(g) : undefined;
      const paysAll = decision !== undefined ? decision === PAYS_ALL : !(m - errMoney > richAbove * u);
      if (paysAll) {
        broke[g] = 1;
        money[g] = 0;
      } else {
        money[g] = Math.max(0, m - rhoF * u);
      }
    }
    roundOf[p] = ledger.addRho(price.numerator, price.divisor);
  }

  const active = [...setup.candidates];
  const selected: number[] = [];
  const contenders: Array<{ p: number; low: number; high: number; evaluation: Evaluation }> = [];
  for (;;) {
    active.sort((a, b) => (lowerBound[a] as number) - (lowerBound[b] as number));
    let bestHigh = Number.POSITIVE_INFINITY;
    contenders.length = 0;
    let dropped = 0;
    for (let index = 0; index < active.length; index++) {
      const p = active[index] as number;
      if ((lowerBound[p] as number) > bestHigh) break;
      const evaluation = evaluate(p);
      if (!evaluation.affordable) {
        // Unaffordable now means unaffordable for good.
        active[index] = -1;
        dropped++;
        continue;
      }
      const key = keyOf(p, evaluation.rho);
      const err = keyError(p, evaluation.rho, evaluation.errRho);
      const low = key - err;
      const high = key + err;
      if (low > (lowerBound[p] as number)) lowerBound[p] = low;
      contenders.push({ p, low, high, evaluation });
      if (high < bestHigh) bestHigh = high;
    }
    if (dropped > 0) {
      let kept = 0;
      for (const p of active) if (p >= 0) active[kept++] = p;
      active.length = kept;
    }
    let winner: (typeof contenders)[number] | undefined;
    let winnerPrice: ExactPrice | undefined;
    for (const contender of contenders) {
      if (contender.low > bestHigh) continue;
      // Every contender that might tie with the best is priced exactly and compared exactly.
      const price = exactPrice(contender.p, contender.evaluation);
      if (!winner || !winnerPrice || compareExact(contender.p, price, winner.p, winnerPrice) < 0) {
        winner = contender;
        winnerPrice = price;
      }
    }
    if (!winner || !winnerPrice) break;
    pay(winner.p, winnerPrice);
    selected.push(winner.p);
    active.splice(active.indexOf(winner.p), 1);
  }

  return {
    perVoterBudget,
    selected,
    prices: () => selected.map((p) => ledger.rhoRational(roundOf[p] as number)),
    moneyLeftWith: (p) => Rational.of(exactSupportMoney(p), ledger.denominator),
  };
}
