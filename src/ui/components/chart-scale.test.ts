import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelledIndices, niceScale, position, reachesZero, type Scale } from "./chart-scale";

/** 1, 2 or 5 times a power of ten (within floating-point rounding). */
function isNice(step: number): boolean {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9);
}

function expectWellFormed(scale: Scale): void {
  expect(scale.ticks.every(Number.isFinite)).toBe(true);
  expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
  expect(scale.ticks[0]).toBe(scale.min);
  expect(scale.ticks[scale.ticks.length - 1]).toBe(scale.max);
  for (let i = 1; i < scale.ticks.length; i++) {
    expect(scale.ticks[i] as number).toBeGreaterThan(scale.ticks[i - 1] as number);
  }
  expect(isNice(scale.step)).toBe(true);
}

describe("the nice scale", () => {
  it("puts its ticks at 1, 2 or 5 times a power of ten and covers the values", () => {
    expect(niceScale([120, 480]).ticks).toEqual([0, 100, 200, 300, 400, 500]);
    expect(niceScale([0, 0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceScale([0, 7]).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(niceScale([0, 1_250_000]).step).toBe(500_000);
  });

  it("starts at 0 unless the values are far from it, and hugs them then", () => {
    expect(niceScale([120, 480]).min).toBe(0);
    expect(niceScale([38, 45]).ticks).toEqual([38, 40, 42, 44, 46]);
    expect(niceScale([38, 45], { zero: true }).min).toBe(0);
    expect(niceScale([120, 480], { zero: false }).min).toBe(100);
    expect(reachesZero(40, 100)).toBe(true);
    expect(reachesZero(60, 100)).toBe(false);
    expect(reachesZero(-100, -40)).toBe(true);
    expect(reachesZero(-100, -60)).toBe(false);
    expect(reachesZero(-5, 5)).toBe(true);
  });

  it("reaches below 0 for negative values", () => {
    const scale = niceScale([-30, -10]);
    expect(scale.min).toBeLessThanOrEqual(-30);
    expect(scale.max).toBe(0);
    expect(niceScale([-3, 12]).ticks).toEqual([-5, 0, 5, 10, 15]);
  });

  it("gives a frame without NaN for no values, one value, equal values and huge values", () => {
    expect(niceScale([]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceScale([Number.NaN, Number.POSITIVE_INFINITY]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceScale([7]).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(niceScale([0, 0, 0]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceScale([5, 5], { zero: false }).ticks).toEqual([4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6]);
    for (const values of [
      [1e15, 3e15],
      [Number.MAX_VALUE],
      [-Number.MAX_VALUE, Number.MAX_VALUE],
      [5e-324],
      [1e15, 1e15 + 0.125],
    ]) {
      expectWellFormed(niceScale(values));
      expectWellFormed(niceScale(values, { zero: false }));
    }
  });

  it("places values between 0 (min) and 1 (max), holding anything outside at the ends", () => {
    const scale = niceScale([0, 400]);
    expect(position(scale, 0)).toBe(0);
    expect(position(scale, 200)).toBe(0.5);
    expect(position(scale, 400)).toBe(1);
    expect(position(scale, 1e308)).toBe(1);
    expect(position(scale, Number.NaN)).toBe(0);
    expect(position({ min: 1, max: 1 }, 1)).toBe(0);
  });
});

describe("the nice scale, for any values (property)", () => {
  const options = fc.record({
    intervals: fc.integer({ min: 1, max: 10 }),
    zero: fc.constantFrom(undefined, true, false),
  });

  it("covers every value, so every data point lies inside the plot, with increasing nice ticks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e15, max: 1e15, noNaN: true }), { maxLength: 30 }),
        options,
        (values, { intervals, zero }) => {
          const scale = niceScale(values, { intervals, zero });
          expectWellFormed(scale);
          for (const value of values) {
            expect(scale.min).toBeLessThanOrEqual(value);
            expect(scale.max).toBeGreaterThanOrEqual(value);
            const at = (value - scale.min) / (scale.max - scale.min);
            expect(at).toBeGreaterThanOrEqual(0);
            expect(at).toBeLessThanOrEqual(1);
          }
          if (zero) expect(scale.min <= 0 && scale.max >= 0).toBe(true);
          // Ticks are one step apart, and there are not many more than asked for.
          for (let i = 1; i < scale.ticks.length; i++) {
            const gap = (scale.ticks[i] as number) - (scale.ticks[i - 1] as number);
            expect(Math.abs(gap - scale.step)).toBeLessThanOrEqual(scale.step * 1e-6);
          }
          expect(scale.ticks.length).toBeLessThanOrEqual(intervals + 4);
        },
      ),
    );
  });

  it("stays finite for any input at all: infinities, NaN, the largest and the smallest doubles", () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 20 }), options, (values, { intervals, zero }) => {
        const scale = niceScale(values, { intervals, zero });
        expectWellFormed(scale);
        for (const value of values) {
          const at = position(scale, value);
          expect(at >= 0 && at <= 1).toBe(true);
        }
      }),
    );
  });
});

describe("which period labels an axis shows", () => {
  it("shows all that fit, else every n-th with the first and the last", () => {
    expect(labelledIndices(0, 5)).toEqual([]);
    expect(labelledIndices(1, 5)).toEqual([0]);
    expect(labelledIndices(4, 5)).toEqual([0, 1, 2, 3]);
    expect(labelledIndices(10, 4)).toEqual([0, 3, 6, 9]);
    // 8 would stand too close to 10: it gives way.
    expect(labelledIndices(11, 4)).toEqual([0, 4, 10]);
    expect(labelledIndices(40, 0.5)).toEqual([0, 39]);
  });

  it("always keeps the first and the last, never more than fit, evenly apart (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 60, noNaN: true }), (count, room) => {
        const shown = labelledIndices(count, room);
        expect(shown[0]).toBe(0);
        expect(shown[shown.length - 1]).toBe(count - 1);
        expect(shown.length).toBeLessThanOrEqual(Math.max(2, Math.floor(room)));
        if (count <= Math.max(2, Math.floor(room))) expect(shown.length).toBe(count);
        const gaps = shown.slice(1).map((index, i) => index - (shown[i] as number));
        expect(gaps.every((gap) => gap > 0)).toBe(true);
        const regular = gaps.slice(0, -1);
        expect(new Set(regular).size).toBeLessThanOrEqual(1);
        if (regular.length) expect(gaps[gaps.length - 1]).toBeGreaterThanOrEqual(regular[0] as number);
      }),
    );
  });
});
