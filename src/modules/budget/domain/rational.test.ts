import { describe, expect, it } from "vitest";
import { Rational, ratioToNumber } from "./rational";

describe("Rational", () => {
  it("parses plain decimals exactly, with a point or a comma", () => {
    expect(Rational.parseDecimal("2572946.76")?.toString()).toBe("64323669/25");
    expect(Rational.parseDecimal("2572946,76")?.toString()).toBe("64323669/25");
    expect(Rational.parseDecimal("100000.0")?.toString()).toBe("100000");
    expect(Rational.parseDecimal(" -3.5 ")?.toString()).toBe("-7/2");
    expect(Rational.parseDecimal(".5")?.toString()).toBe("1/2");
    for (const bad of ["", "abc", "1e3", "1.2.3", "--1", "1,2,3", "."])
      expect(Rational.parseDecimal(bad), bad).toBeUndefined();
  });

  it("computes and compares exactly where binary floats cannot", () => {
    const tenth = Rational.of(1, 10);
    const sum = tenth.add(tenth).add(tenth);
    expect(sum.eq(Rational.of(3, 10))).toBe(true);
    expect(0.1 + 0.1 + 0.1 === 0.3).toBe(false);
    expect(Rational.of(2, 3).cmp(Rational.of(3, 4))).toBe(-1);
    expect(Rational.of(6, -4).toString()).toBe("-3/2");
    expect(Rational.of(1, 3).mul(Rational.of(3, 7)).div(Rational.of(1, 7)).eq(Rational.ONE)).toBe(true);
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(RangeError);
  });

  it("writes decimals exactly when they have a finite form, rounded otherwise", () => {
    expect(Rational.of(64323669, 25).toDecimalString()).toBe("2572946.76");
    expect(Rational.of(1, 3).isFiniteDecimal()).toBe(false);
    expect(Rational.of(1, 3).toDecimalString(4)).toBe("0.3333");
    expect(Rational.of(2, 3).toDecimalString(4)).toBe("0.6667");
    expect(Rational.of(-1, 8).toDecimalString()).toBe("-0.125");
    expect(Rational.of(5, 2).toFixed(0)).toBe("3");
    expect(Rational.of(1234567, 1000).toFixed(2)).toBe("1234.57");
  });

  it("converts huge numerators and denominators to doubles without overflow", () => {
    const big = 10n ** 400n;
    expect(ratioToNumber(big * 3n, big * 4n)).toBe(0.75);
    expect(ratioToNumber(big, 3n * big + 1n)).toBeCloseTo(1 / 3, 15);
    expect(Rational.of(big + 1n, big).toNumber()).toBe(1);
  });
});
