import { describe, expect, it } from "vitest";
import { keptValue } from "./kept-values";

describe("keptValue", () => {
  const counting = () => {
    let reads = 0;
    return {
      read: async () => {
        reads += 1;
        return `value ${reads}`;
      },
      reads: () => reads,
    };
  };

  it("reads once per version and again when the version moves", async () => {
    const owner = {};
    const source = counting();
    const at = (version: number) => keptValue({ owner, key: "k", version, now: 1_000 }, source.read);
    expect(await at(1)).toBe("value 1");
    expect(await at(1)).toBe("value 1");
    expect(await at(2)).toBe("value 2");
    expect(source.reads()).toBe(2);
  });

  it("shares one read between requests that ask at once", async () => {
    const owner = {};
    const source = counting();
    const values = await Promise.all(
      Array.from({ length: 5 }, () => keptValue({ owner, key: "k", version: 1, now: 0 }, source.read)),
    );
    expect(new Set(values)).toEqual(new Set(["value 1"]));
    expect(source.reads()).toBe(1);
  });

  it("reads afresh once the age limit has passed, and after the clock went back", async () => {
    const owner = {};
    const source = counting();
    const at = (now: number) => keptValue({ owner, key: "k", version: 1, now, maxAgeMs: 5_000 }, source.read);
    await at(10_000);
    expect(await at(14_999)).toBe("value 1");
    expect(await at(15_000)).toBe("value 2");
    expect(await at(9_000)).toBe("value 3");
  });

  it("keeps values of different owners and keys apart", async () => {
    const source = counting();
    const a = {};
    const b = {};
    await keptValue({ owner: a, key: "k", version: 1, now: 0 }, source.read);
    expect(await keptValue({ owner: b, key: "k", version: 1, now: 0 }, source.read)).toBe("value 2");
    expect(await keptValue({ owner: a, key: "other", version: 1, now: 0 }, source.read)).toBe("value 3");
  });

  it("does not keep a failed read", async () => {
    const owner = {};
    await expect(
      keptValue({ owner, key: "k", version: 1, now: 0 }, () => Promise.reject(new Error("database gone"))),
    ).rejects.toThrow("database gone");
    expect(await keptValue({ owner, key: "k", version: 1, now: 0 }, async () => "read again")).toBe("read again");
  });
});
