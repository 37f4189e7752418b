import { describe, expect, it } from "vitest";
import type { Election, VoteType } from "./election";
import { TallyError } from "./errors";
import { Rational } from "./rational";
import { tally } from "./tally";

/** A small election: projects as [id, cost], ballots as lists of ids. */
function election(
  budget: number,
  projects: Array<[string, number]>,
  ballots: string[][],
  options: { voteType?: VoteType; points?: number[][]; meta?: Array<[string, string]> } = {},
): Election {
  return {
    meta: (options.meta ?? []).map(([key, value]) => ({ key, value })),
    budget: Rational.fromInteger(budget),
    voteType: options.voteType ?? "approval",
    projectColumns: ["project_id", "cost"],
    projects: projects.map(([id, cost]) => ({ id, cost: Rational.fromInteger(cost), fields: {} })),
    voterColumns: ["voter_id", "vote"],
    voters: ballots.map((vote, i) => ({
      id: String(i + 1),
      vote,
      ...(options.points ? { points: options.points[i] as number[] } : {}),
      fields: {},
    })),
  };
}

describe("tally", () => {
  it("lets greedy follow the votes and skip what no longer fits", () => {
    const e = election(
      100,
      [
        ["a", 60],
        ["b", 50],
        ["c", 40],
      ],
      [["a"], ["a"], ["a", "b"], ["b", "c"], ["c"]],
    );
    const outcome = tally(e, "greedy_cost");
    expect(outcome.selected).toEqual(["a", "c"]);
    expect(outcome.explanations.find((x) => x.projectId === "b")).toMatchObject({
      funded: false,
      reason: "does-not-fit",
      budgetLeft: Rational.fromInteger(40),
    });
    // By votes per cost instead, a (3 votes for 60) and c (2 for 40) tie; the id decides.
    expect(tally(e, "greedy_card").selected).toEqual(["a", "c"]);
  });

  it("breaks ties by project id as strings: 11 before 2", () => {
    const e = election(
      20,
      [
        ["2", 10],
        ["11", 10],
      ],
      [["2"], ["11"]],
    );
    for (const rule of ["greedy_cost", "greedy_card", "mes_cost", "mes_card", "phragmen"] as const) {
      expect(tally(e, rule).selected, rule).toEqual(["11", "2"]);
    }
  });

  it("lets Equal Shares give a minority its share and explains the prices", () => {
    // 6 voters with 20 each: four want x and y (60 each), two want z (40). Greedy gives the
    // majority everything; Equal Shares lets the four pay 15 each for x, and then they cannot pay
    // for y, while the two pay 20 each for z.
    const e = election(
      120,
      [
        ["x", 60],
        ["y", 60],
        ["z", 40],
      ],
      [["x", "y"], ["x", "y"], ["x", "y"], ["x", "y"], ["z"], ["z"]],
    );
    expect(tally(e, "greedy_cost").selected).toEqual(["x", "y"]);
    const mes = tally(e, "mes_cost");
    expect(mes.selected).toEqual(["x", "z"]);
    expect(mes.perVoterBudget?.eq(Rational.fromInteger(20))).toBe(true);
    const z = mes.explanations.find((x) => x.projectId === "z");
    expect(z).toMatchObject({ funded: true, round: 2, stage: "rule", supporters: 2 });
    expect(z?.funded && z.price?.amount.eq(Rational.fromInteger(20))).toBe(true);
    const x = mes.explanations.find((e2) => e2.projectId === "x");
    expect(x?.funded && x.price?.amount.eq(Rational.fromInteger(15))).toBe(true);
    const y = mes.explanations.find((e2) => e2.projectId === "y");
    expect(y).toMatchObject({
      funded: false,
      reason: "insufficient-support",
      supportersMoneyLeft: Rational.fromInteger(20),
    });
  });

  it("completes Equal Shares by add1 and then greedily", () => {
    const e = election(
      120,
      [
        ["x", 60],
        ["y", 60],
        ["z", 40],
      ],
      [["x", "y"], ["x", "y"], ["x", "y"], ["x", "y"], ["z"], ["z"]],
    );
    expect(tally(e, "mes_cost_add1").selected).toEqual(["x", "z"]);
    const completed = tally(e, "mes_cost_add1_greedy");
    expect(completed.selected).toEqual(["x", "z"]);
    expect(completed.explanations.find((x) => x.projectId === "y")).toMatchObject({ reason: "does-not-fit" });
  });

  it("counts points under the points rules and listed projects under the others", () => {
    const e = election(
      100,
      [
        ["a", 50],
        ["b", 50],
        ["c", 50],
      ],
      [["a", "b"], ["c"], ["c"]],
      {
        voteType: "cumulative",
        points: [[5, 1], [1], [1]],
      },
    );
    expect(tally(e, "greedy_points").selected).toEqual(["a", "c"]);
    expect(tally(e, "greedy_cost").selected).toEqual(["c", "a"]);
    // Equal Shares with points: 33.33 each; only c's two supporters can pay for their project.
    const mes = tally(e, "mes_points");
    expect(mes.selected).toEqual(["c"]);
    const c = mes.explanations.find((x) => x.projectId === "c");
    expect(c?.funded && c.price?.per).toBe("point");
    expect(c?.funded && c.price?.amount.eq(Rational.fromInteger(25))).toBe(true);
    expect(() => tally(election(1, [["a", 1]], [["a"]]), "mes_points")).toThrow(TallyError);
  });

  it("applies min_project_score_threshold only when asked", () => {
    const e = election(
      100,
      [
        ["a", 10],
        ["b", 10],
      ],
      [["a", "b"], ["a"]],
      { meta: [["min_project_score_threshold", "2"]] },
    );
    expect(tally(e, "greedy_cost").selected).toEqual(["a", "b"]);
    const strict = tally(e, "greedy_cost", { applyThreshold: true });
    expect(strict.selected).toEqual(["a"]);
    expect(strict.explanations[1]).toMatchObject({ reason: "below-threshold", score: 1, threshold: 2, supporters: 1 });
  });

  it("funds supported free projects first and never funds a project nobody supports", () => {
    const e = election(
      10,
      [
        ["free", 0],
        ["a", 10],
        ["orphan", 1],
      ],
      [["free", "a"], ["a"]],
    );
    for (const rule of ["greedy_cost", "mes_cost", "mes_card_add1_greedy", "phragmen"] as const) {
      const outcome = tally(e, rule);
      expect(outcome.selected, rule).toEqual(rule === "phragmen" ? ["free", "a"] : ["free", "a"]);
      expect(outcome.explanations[2], rule).toMatchObject({ reason: "no-support" });
    }
  });

  it("runs sequential Phragmén until the project whose turn it is does not fit", () => {
    // a and b tie at load 1; a comes first; b would fit the load order next but not the budget.
    const e = election(
      3,
      [
        ["a", 2],
        ["b", 2],
        ["c", 1],
      ],
      [["a"], ["a"], ["b"], ["b"], ["c"]],
    );
    const outcome = tally(e, "phragmen");
    expect(outcome.selected).toEqual(["a"]);
    expect(outcome.explanations.find((x) => x.projectId === "b")).toMatchObject({ reason: "does-not-fit" });
    expect(outcome.explanations.find((x) => x.projectId === "c")).toMatchObject({ reason: "insufficient-support" });
  });

  it("funds nothing when nobody voted", () => {
    const outcome = tally(election(100, [["a", 10]], []), "mes_cost_add1_greedy");
    expect(outcome.selected).toEqual([]);
    expect(outcome.totalCost.isZero()).toBe(true);
  });
});
