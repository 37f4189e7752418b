/**
 * Exact rational numbers on BigInt. Budgets and costs come from decimal text ("2572946.76"), and the
 * Method of Equal Shares divides them by voter counts again and again; a binary float can flip a close
 * decision, so every decision that the rules take is made on these values (or certified against them).
 */

function bigAbs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function bigGcd(a: bigint, b: bigint): bigint {
  let x = bigAbs(a);
  let y = bigAbs(b);
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

export function numberGcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

const TWO_POW_53 = 2n ** 53n;

/** Number of bits of |value| (0 for 0). */
function bitLength(value: bigint): number {
  const v = bigAbs(value);
  if (v === 0n) return 0;
  const hex = v.toString(16);
  const lead = Number.parseInt(hex[0] as string, 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(lead));
}

/**
 * num/den as the nearest-ish double (within 2 units in the last place). Large numerators and
 * denominators are shifted first so the conversion never overflows to Infinity or loses all bits.
 */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (bigAbs(num) < TWO_POW_53 && den < TWO_POW_53) return Number(num) / Number(den);
  const shift = bitLength(den) - bitLength(num) + 64;
  const scaled = shift >= 0 ? (num << BigInt(shift)) / den : num / (den << BigInt(-shift));
  return Number(scaled) * 2 ** -shift;
}

export class Rational {
  /** Numerator; shares no factor with `den`. */
  readonly num: bigint;
  /** Denominator, always positive. */
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = typeof num === "number" ? BigInt(num) : num;
    let d = typeof den === "number" ? BigInt(den) : den;
    if (d === 0n) throw new RangeError("Rational with denominator 0");
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = bigGcd(n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  static fromInteger(value: number | bigint): Rational {
    return new Rational(typeof value === "number" ? BigInt(value) : value, 1n);
  }

  /**
   * Parses a plain decimal such as "12", "-3.5", "100000.0" or "2572946,76" (a comma is accepted as
   * the decimal separator, as pabulib files sometimes use it). Returns undefined for anything else.
   */
  static parseDecimal(text: string): Rational | undefined {
    const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(text.trim());
    if (!match) return undefined;
    const [, sign, whole = "", fraction = ""] = match;
    if (whole === "" && fraction === "") return undefined;
    const digits = BigInt((whole || "0") + fraction);
    const value = Rational.of(sign === "-" ? -digits : digits, 10n ** BigInt(fraction.length));
    return value;
  }

  add(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num + other.num, this.den);
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num - other.num, this.den);
    return Rational.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  div(other: Rational): Rational {
    if (other.num === 0n) throw new RangeError("division by zero");
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  mulInt(value: number | bigint): Rational {
    return Rational.of(this.num * BigInt(value), this.den);
  }

  divInt(value: number | bigint): Rational {
    return Rational.of(this.num, this.den * BigInt(value));
  }

  cmp(other: Rational): -1 | 0 | 1 {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  eq(other: Rational): boolean {
    return this.num === other.num && this.den === other.den;
  }

  lt(other: Rational): boolean {
    return this.cmp(other) < 0;
  }

  le(other: Rational): boolean {
    return this.cmp(other) <= 0;
  }

  gt(other: Rational): boolean {
    return this.cmp(other) > 0;
  }

  ge(other: Rational): boolean {
    return this.cmp(other) >= 0;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  toNumber(): number {
    return ratioToNumber(this.num, this.den);
  }

  /** "n" for integers, otherwise "n/d". */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** Whether the value has a finite decimal expansion (denominator of the form 2^a·5^b). */
  isFiniteDecimal(): boolean {
    let d = this.den;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /**
   * The exact decimal text ("2572946.76") when the value has a finite expansion; otherwise the value
   * rounded half away from zero to `maxFractionDigits` digits.
   */
  toDecimalString(maxFractionDigits = 20): string {
    const negative = this.num < 0n;
    const abs = bigAbs(this.num);
    let digits = 0;
    let scale = 1n;
    while (digits < maxFractionDigits && (abs * scale) % this.den !== 0n) {
      digits += 1;
      scale *= 10n;
    }
    let scaled = (abs * scale) / this.den;
    if ((abs * scale) % this.den !== 0n && ((abs * scale) % this.den) * 2n >= this.den) scaled += 1n;
    const text = scaled.toString().padStart(digits + 1, "0");
    const body = digits === 0 ? text : `${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
    return negative && scaled !== 0n ? `-${body}` : body;
  }

  /** The value rounded to `fractionDigits` digits, for display only. */
  toFixed(fractionDigits: number): string {
    const scale = 10n ** BigInt(fractionDigits);
    const negative = this.num < 0n;
    const abs = bigAbs(this.num);
    let scaled = (abs * scale) / this.den;
    if (((abs * scale) % this.den) * 2n >= this.den) scaled += 1n;
    const text = scaled.toString().padStart(fractionDigits + 1, "0");
    const body =
      fractionDigits === 0 ? text : `${text.slice(0, text.length - fractionDigits)}.${text.slice(-fractionDigits)}`;
    return negative && scaled !== 0n ? `-${body}` : body;
  }
}
