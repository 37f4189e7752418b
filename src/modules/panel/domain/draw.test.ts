/**
 * The public draw: numbers derived from text by SHA-256 are in range, reproducible and spread
 * evenly; the panel number follows from the list hash and the seed alone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawPanelNumber, drawReplacement, normaliseSeed, uniformFromText } from "./draw";
import { PanelInputError } from "./errors";
import { sha256Hex } from "./sha256";

const HASH = sha256Hex("1: a b\n2: a c\n");

describe("uniformFromText", () => {
  it("stays in [0, n) and gives the same number for the same text", () => {
    fc.assert(
      fc.property(fc.string(), fc.bigInt({ min: 1n, max: 1n << 256n }), (text, n) => {
        const x = uniformFromText(text, n);
        expect(x >= 0n && x < n).toBe(true);
        expect(uniformFromText(text, n)).toBe(x);
      }),
      { numRuns: 200 },
    );
  });

  it("reads the digest as a big-endian number modulo n", () => {
    expect(uniformFromText("abc", 1000)).toBe(BigInt(`0x${sha256Hex("abc")}`) % 1000n);
    expect(uniformFromText("anything", 1)).toBe(0n);
  });

  it("rehashes when the digest falls in the uneven tail, so every result stays equally likely", () => {
    // n just above 2^255: about half of all digests lie at or above the largest multiple of n.
    const n = (1n << 255n) + 1n;
    const limit = (1n << 256n) - ((1n << 256n) % n); // the largest multiple of n up to 2^256
    let rejected = 0;
    for (let i = 0; i < 40; i++) {
      const text = `seed ${i}`;
      const first = BigInt(`0x${sha256Hex(text)}`);
      const x = uniformFromText(text, n);
      if (first >= limit) {
        rejected++;
        const second = BigInt(`0x${sha256Hex(sha256Hex(text))}`);
        if (second < limit) expect(x).toBe(second % n);
        expect(x < n).toBe(true);
      } else {
        expect(x).toBe(first % n);
      }
    }
    expect(rejected).toBeGreaterThan(0);
  });

  it("spreads evenly over a small range", () => {
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 6000; i++) {
      const roll = Number(uniformFromText(`roll ${i}`, 6));
      counts[roll] = (counts[roll] as number) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(130);
  });

  it("refuses an empty range and one larger than the digest can cover", () => {
    expect(() => uniformFromText("x", 0)).toThrow(RangeError);
    expect(uniformFromText("x", 1n << 256n)).toBe(BigInt(`0x${sha256Hex("x")}`));
    expect(() => uniformFromText("x", (1n << 256n) + 1n)).toThrow(RangeError);
  });
});

describe("drawPanelNumber", () => {
  it("is in 1 … M and the same seed gives the same number", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
        fc.integer({ min: 1, max: 5000 }),
        (seed, m) => {
          const number = drawPanelNumber(HASH, seed, m);
          expect(Number.isInteger(number) && number >= 1 && number <= m).toBe(true);
          expect(drawPanelNumber(HASH, seed, m)).toBe(number);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('follows the published procedure: SHA-256 of "<hash>:<seed>" modulo M, plus 1', () => {
    expect(drawPanelNumber(HASH, "4 2 6 1 3", 1000)).toBe(Number(uniformFromText(`${HASH}:4 2 6 1 3`, 1000)) + 1);
  });

  it("ignores spaces around the seed but not inside it", () => {
    expect(drawPanelNumber(HASH, "  17 23 5\n", 1000)).toBe(drawPanelNumber(HASH, "17 23 5", 1000));
    expect(normaliseSeed("\t 17 23 5 ")).toBe("17 23 5");
    const spreads = new Set(["17 23 5", "17  23 5", "1723 5", "17 23 6"].map((s) => drawPanelNumber(HASH, s, 100000)));
    expect(spreads.size).toBe(4);
  });

  it("depends on the list: another hash gives (almost surely) another panel", () => {
    const other = sha256Hex("1: a b\n2: b c\n");
    const seeds = ["1", "2", "3", "4", "5"];
    const same = seeds.filter((s) => drawPanelNumber(HASH, s, 100000) === drawPanelNumber(other, s, 100000));
    expect(same.length).toBeLessThan(2);
  });

  it("refuses an empty or blank seed", () => {
    expect(() => drawPanelNumber(HASH, "", 10)).toThrow(PanelInputError);
    expect(() => drawPanelNumber(HASH, "  \n\t", 10)).toThrow("the public seed is empty");
  });
});

describe("drawReplacement", () => {
  const list = [
    ["a", "b"],
    ["a", "c"],
    ["a", "d"],
    ["b", "c"],
  ];

  it("is deterministic and picks an eligible volunteer, by tickets in the list", () => {
    const first = drawReplacement(HASH, "seed", 1, ["d", "c", "x"], list);
    expect(drawReplacement(HASH, " seed ", 1, ["x", "c", "d"], list)).toEqual(first);
    expect(["c", "d", "x"]).toContain(first.id);
    expect(first.tickets).toEqual([
      { id: "c", tickets: 2 },
      { id: "d", tickets: 1 },
      { id: "x", tickets: 0 },
    ]);
    expect(first.ticket).toBe(Number(uniformFromText(`${HASH}:seed:replacement:1`, 3)));
    expect(first.id).toBe(first.ticket < 2 ? "c" : "d");
  });

  it("never picks someone without tickets while others have some, and gives one each when nobody has any", () => {
    for (let round = 1; round <= 30; round++) expect(drawReplacement(HASH, "s", round, ["x", "d"], list).id).toBe("d");
    const even = drawReplacement(HASH, "s", 1, ["y", "x"], list);
    expect(even.tickets).toEqual([
      { id: "x", tickets: 1 },
      { id: "y", tickets: 1 },
    ]);
  });

  it("refuses an empty candidate list and a bad round number", () => {
    expect(() => drawReplacement(HASH, "s", 1, [], list)).toThrow(PanelInputError);
    expect(() => drawReplacement(HASH, "s", 0, ["a"], list)).toThrow(RangeError);
    expect(() => drawReplacement(HASH, "", 1, ["a"], list)).toThrow("the public seed is empty");
  });
});
