import { numberGcd, Rational } from "../rational";

/**
 * The exact side of an Equal Shares run. Every voter who has never run out of money has
 * budget = b0 − Σ ρ_s·u over the selected projects s on their ballot (ρ_s the price per unit of
 * utility of s, u their utility), so the run is fully described by b0 and the list of ρ_s. They are
 * kept as BigInt numerators over one common denominator D, which makes exact sums over many voters a
 * handful of BigInt operations instead of one fraction addition per voter.
 */
export class ExactLedger {
  /** The common denominator. */
  private d: bigint;
  /** b0·D. */
  private b0: bigint;
  /** ρ_s·D per selection round. */
  private readonly rho: bigint[] = [];
  /** cost·D per project (recomputed when D grows). */
  private costScaled: bigint[];
  private readonly costs: readonly Rational[];

  constructor(perVoterBudget: Rational, costs: readonly Rational[]) {
    let d = perVoterBudget.den;
    for (const cost of costs) d = lcm(d, cost.den);
    this.d = d;
    this.b0 = perVoterBudget.num * (d / perVoterBudget.den);
    this.costs = costs;
    this.costScaled = costs.map((cost) => cost.num * (d / cost.den));
  }

  get denominator(): bigint {
    return this.d;
  }

  get b0Scaled(): bigint {
    return this.b0;
  }

  rounds(): number {
    return this.rho.length;
  }

  rhoScaled(round: number): bigint {
    return this.rho[round] as bigint;
  }

  costOf(project: number): bigint {
    return this.costScaled[project] as bigint;
  }

  /**
   * Σ over a set of voters of their exact budgets, times D: `voters`·b0·D − Σ_s coefficient_s·ρ_s·D,
   * where `voters` counts the voters and coefficient_s is the sum of their utilities for round s.
   */
  scaledSum(voters: number, coefficients: Float64Array): bigint {
    let total = BigInt(voters) * this.b0;
    const rounds = this.rho.length;
    for (let s = 0; s < rounds; s++) {
      const c = coefficients[s] as number;
      if (c !== 0) total -= BigInt(c) * (this.rho[s] as bigint);
    }
    return total;
  }

  /**
   * Records ρ = numerator / (D·divisor) for the next round (numerator is a value times D, divisor a
   * positive integer) and returns its round index. D grows by the part of `divisor` that does not
   * cancel, and every stored numerator is rescaled with it.
   */
  addRho(numerator: bigint, divisor: number): number {
    const rest = Number(numerator % BigInt(divisor));
    const g = numberGcd(rest, divisor);
    const factor = divisor / g;
    const scaledNumerator = g === 1 ? numerator : numerator / BigInt(g);
    if (factor !== 1) {
      const f = BigInt(factor);
      this.d *= f;
      this.b0 *= f;
      for (let s = 0; s < this.rho.length; s++) this.rho[s] = (this.rho[s] as bigint) * f;
      this.costScaled = this.costScaled.map((cost) => cost * f);
    }
    this.rho.push(scaledNumerator);
    return this.rho.length - 1;
  }

  rhoRational(round: number): Rational {
    return Rational.of(this.rho[round] as bigint, this.d);
  }

  cost(project: number): Rational {
    return this.costs[project] as Rational;
  }
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return (a / x) * b;
}
