/**
 * Quotas + pool + k → a problem: the fixtures in both formats, and the panel size checked
 * against the pool with the file named.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inputError } from "../../../../tests/support/panel/input-error";
import { FIXTURE_DIR } from "../../../../tests/support/panel/sortition-fixtures";
import { readSelectionProblem } from "./read-selection-problem";

const read = (path: string) => readFileSync(`${FIXTURE_DIR}${path}`, "utf8");
const QUOTAS = { text: "category,feature,min,max\ng,a,0,2\ng,b,0,2\n", file: "q.csv" };
const POOL = { text: "g\na\nb\na\n", file: "p.csv" };

describe("readSelectionProblem", () => {
  it("reads the replication fixture (no id column, no households)", () => {
    const { problem, format } = readSelectionProblem({
      quotas: { text: read("example_small_20/categories.csv") },
      pool: { text: read("example_small_20/respondents.csv") },
      k: 20,
    });
    expect(format).toBe("replication");
    expect(problem.volunteers).toHaveLength(200);
    expect(problem.volunteers[0]?.id).toBe("0");
    expect(problem.volunteers[199]?.id).toBe("199");
    expect(problem.features.map((f) => f.name)).toEqual(["gender", "leaning"]);
    expect(problem.households).toBe(false);
  });

  it("reads the Sortition Foundation fixture (nationbuilder_id, flex bounds)", () => {
    const { problem, format } = readSelectionProblem({
      quotas: { text: read("sfa_fixture_150_22/features.csv") },
      pool: { text: read("sfa_fixture_150_22/candidates.csv") },
      k: 22,
    });
    expect(format).toBe("sortition-foundation");
    expect(problem.volunteers).toHaveLength(150);
    expect(problem.volunteers[0]?.id).toBe("p0");
    const age = problem.features.find((f) => f.name === "age_bracket");
    expect(age?.values[0]).toEqual({ name: "0-15", min: 0, max: 0, minFlex: 0, maxFlex: 0 });
  });

  it("reads households where asked", () => {
    const { problem } = readSelectionProblem({
      quotas: { text: read("synth_civic_500_70/categories.csv") },
      pool: { text: read("synth_civic_500_70/respondents.csv") },
      k: 70,
      households: true,
    });
    expect(problem.households).toBe(true);
    expect(problem.volunteers[0]).toMatchObject({ id: "p0", household: "h1" });
    expect(problem.volunteers[1]).toMatchObject({ id: "p1", household: "h1" });
  });

  it("refuses a panel larger than the pool, naming the pool file", () => {
    const error = inputError(() => readSelectionProblem({ quotas: QUOTAS, pool: POOL, k: 4 }));
    expect(error.location).toEqual({ file: "p.csv" });
    expect(error.message).toBe("p.csv: the panel size k = 4 is larger than the pool (3 volunteers)");
  });

  it.each([Number.NaN, 0, -2, 1.5])("refuses the panel size %s", (k) => {
    const error = inputError(() => readSelectionProblem({ quotas: QUOTAS, pool: POOL, k }));
    expect(error.message).toBe(`the panel size k must be a whole number ≥ 1, not ${k}`);
  });
});
