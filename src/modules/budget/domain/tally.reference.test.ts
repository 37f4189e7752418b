import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Election } from "./election";
import { readPb } from "./pb/read-pb";
import { Rational } from "./rational";
import { isRuleName } from "./rules";
import { tally } from "./tally";

/**
 * Every rule on every election of the reference outcomes (computed by pabutools, the reference
 * implementation) must fund the same set of projects — and in the same order where the reference
 * records one.
 */
const fixtures = fileURLToPath(new URL("../../../../tests/fixtures/pb/", import.meta.url));

interface ReferenceRow {
  file: string;
  rule: string;
  budget: string;
  num_projects: number;
  num_voters: number;
  selected?: string[];
  total_cost?: string;
  error?: string;
  note?: string;
}

const rows: ReferenceRow[] = readFileSync(`${fixtures}reference-outcomes.jsonl`, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as ReferenceRow);

const elections = new Map<string, Election>();
function election(file: string): Election {
  let e = elections.get(file);
  if (!e) {
    e = readPb(readFileSync(`${fixtures}${file}`, "utf8"));
    elections.set(file, e);
  }
  return e;
}

describe("tally matches the reference outcomes", () => {
  it("covers every row of reference-outcomes.jsonl", () => {
    expect(rows.length).toBe(86);
    for (const row of rows) expect(isRuleName(row.rule), row.rule).toBe(true);
  });

  for (const row of rows) {
    const name = `${row.file} ${row.rule}`;
    if (row.selected === undefined) {
      it.skip(`${name} — no reference outcome: ${row.error ?? "missing"}`, () => {});
      continue;
    }
    const expected = row.selected;
    it(name, () => {
      const e = election(row.file);
      expect(e.projects.length).toBe(row.num_projects);
      expect(e.voters.length).toBe(row.num_voters);
      const [num, den = "1"] = row.budget.split("/");
      expect(e.budget.eq(Rational.of(BigInt(num as string), BigInt(den)))).toBe(true);
      if (!isRuleName(row.rule)) throw new Error(row.rule);

      const outcome = tally(e, row.rule);
      expect([...outcome.selected].sort()).toEqual([...expected].sort());
      // Rows with a note list the projects as a set; the others in selection order.
      if (row.note === undefined) expect(outcome.selected).toEqual(expected);
      if (row.total_cost !== undefined) expect(outcome.totalCost.toString()).toBe(row.total_cost);
      expect(outcome.totalCost.le(e.budget)).toBe(true);
    });
  }
});
