import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dailyOrderPage, idHash, seedNumber } from "./daily-order";

const hashes = fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 120 });
const seed = fc.nat({ max: 0xffffffff });

/** All pages of a list one after the other. */
function allPages(list: number[], s: number, size: number): number[] {
  const order: number[] = [];
  for (let offset = 0; offset < list.length; offset += size) order.push(...dailyOrderPage(list, s, offset, size));
  return order;
}

describe("the random order of the day", () => {
  it("shows every entry exactly once across the pages, whatever the page size", () => {
    fc.assert(
      fc.property(hashes, seed, fc.integer({ min: 1, max: 25 }), (list, s, size) => {
        const order = allPages(list, s, size);
        expect([...order].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
      }),
    );
  });

  it("is the same order for the same seed, and a page is the slice of the whole order", () => {
    fc.assert(
      fc.property(hashes, seed, fc.nat({ max: 130 }), fc.integer({ min: 1, max: 30 }), (list, s, offset, size) => {
        const whole = dailyOrderPage(list, s, 0, list.length);
        expect(dailyOrderPage(list, s, offset, size)).toEqual(whole.slice(offset, offset + size));
        expect(dailyOrderPage(list, s, offset, size)).toEqual(dailyOrderPage(list, s, offset, size));
      }),
    );
  });

  it("keeps the order of the entries already there when others are added", () => {
    fc.assert(
      fc.property(hashes, hashes, seed, (before, added, s) => {
        const after = [...before, ...added];
        const order = dailyOrderPage(after, s, 0, after.length).filter((i) => i < before.length);
        expect(order).toEqual(dailyOrderPage(before, s, 0, before.length));
      }),
    );
  });

  it("puts a different entry first for different seeds, for most seeds", () => {
    const list = Array.from({ length: 200 }, (_, i) =>
      idHash(`${(i * 2654435761).toString(16).padStart(8, "0")}-0000`),
    );
    const firsts = new Set(Array.from({ length: 50 }, (_, s) => dailyOrderPage(list, s * 7919, 0, 1)[0]));
    expect(firsts.size).toBeGreaterThan(35);
  });

  it("reads the id and the seed as 32-bit numbers", () => {
    expect(idHash("ffffffff-1234-4000-8000-000000000000")).toBe(0xffffffff);
    expect(seedNumber("00000001abcdef12")).toBe(1);
  });

  it("answers an empty page past the end and for an empty list", () => {
    expect(dailyOrderPage([1, 2, 3], 5, 3, 20)).toEqual([]);
    expect(dailyOrderPage([], 5, 0, 20)).toEqual([]);
  });
});
