import { describe, expect, it } from "vitest";
import type { Db } from "../db/database";
import { readPerTurn } from "./reads-per-turn";

// A database stands for itself: the reads are only gathered per database.
const db = {} as Db;
const other = {} as Db;

describe("reads per turn", () => {
  it("answers every read asked for in one turn with one query, each with its own value", async () => {
    const queries: number[][] = [];
    const read = readPerTurn(async (_db, keys: readonly number[]) => {
      queries.push([...keys]);
      return keys.map((k) => k * 10);
    });
    const answers = await Promise.all([read(db, 3), read(db, 1), read(db, 2)]);
    expect(answers).toEqual([30, 10, 20]);
    expect(queries).toEqual([[3, 1, 2]]);
    expect(await read(db, 4)).toBe(40);
    expect(queries).toHaveLength(2);
  });

  it("keeps databases apart and refuses every read of a failed query", async () => {
    const asked: Db[] = [];
    const read = readPerTurn(async (from, keys: readonly string[]) => {
      asked.push(from);
      if (keys.includes("broken")) throw new Error("connection lost");
      return keys.map((k) => k.toUpperCase());
    });
    const together = await Promise.allSettled([read(db, "a"), read(db, "broken"), read(other, "b")]);
    expect(together.map((r) => r.status)).toEqual(["rejected", "rejected", "fulfilled"]);
    expect(asked).toEqual([db, other]);
    expect(await read(db, "c")).toBe("C");
  });
});
