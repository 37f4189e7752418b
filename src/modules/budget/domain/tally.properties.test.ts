import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Election, ElectionVoter, VoteType } from "./election";
import { buildGroupedProfile } from "./grouped-profile";
import { judgeOutcome, runAddOneCompletion } from "./mes/add-one-completion";
import { runEqualShares } from "./mes/equal-shares-run";
import { prepareEqualShares } from "./mes/equal-shares-setup";
import { readPb } from "./pb/read-pb";
import { writePb } from "./pb/write-pb";
import { Rational } from "./rational";
import { RULES, type RuleName } from "./rules";
import { tally } from "./tally";
import { compareProjectIds } from "./tie-breaking";

// Ids chosen so that string order and number order disagree ("11" < "2").
const IDS = ["1", "2", "11", "3", "21", "b", "A", "10"];

interface ElectionShape {
  costs: number[];
  budget: number;
  ballots: Array<Array<[number, number]>>;
  cumulative: boolean;
}

function electionArbitrary(options: { maxCost: number; maxBudget: number; maxVoters: number }) {
  return fc
    .record({
      projects: fc.integer({ min: 1, max: IDS.length }),
      cumulative: fc.boolean(),
      budget: fc.integer({ min: 0, max: options.maxBudget }),
    })
    .chain(({ projects, cumulative, budget }) =>
      fc.record({
        costs: fc.array(fc.integer({ min: 1, max: options.maxCost }), { minLength: projects, maxLength: projects }),
        budget: fc.constant(budget),
        cumulative: fc.constant(cumulative),
        ballots: fc.array(
          fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: projects - 1 }), fc.integer({ min: 1, max: 3 })), {
            selector: ([p]) => p,
            maxLength: projects,
          }),
          { maxLength: options.maxVoters },
        ),
      }),
    );
}

function toElection(shape: ElectionShape): Election {
  const voteType: VoteType = shape.cumulative ? "cumulative" : "approval";
  return {
    meta: [],
    budget: Rational.fromInteger(shape.budget),
    voteType,
    projectColumns: ["project_id", "cost"],
    projects: shape.costs.map((cost, i) => ({ id: IDS[i] as string, cost: Rational.fromInteger(cost), fields: {} })),
    voterColumns: shape.cumulative ? ["voter_id", "vote", "points"] : ["voter_id", "vote"],
    voters: shape.ballots.map(
      (ballot, i): ElectionVoter => ({
        id: String(i + 1),
        vote: ballot.map(([p]) => IDS[p] as string),
        ...(shape.cumulative ? { points: ballot.map(([, points]) => points) } : {}),
        fields: {},
      }),
    ),
  };
}

const small = electionArbitrary({ maxCost: 60, maxBudget: 200, maxVoters: 12 });

function rulesFor(election: Election): RuleName[] {
  return RULES.filter((rule) => !rule.includes("points") || election.voteType === "cumulative");
}

/** Utility of each voter for each project under a rule's satisfaction (1 per listed project, or the points). */
function utilities(election: Election, points: boolean): Map<string, number>[] {
  return election.voters.map((voter) => {
    const u = new Map<string, number>();
    voter.vote.forEach((p, i) => {
      u.set(p, points ? (voter.points?.[i] ?? 0) : 1);
    });
    return u;
  });
}

/** The Equal Shares price ρ of a project, straight from the definition; undefined if unaffordable. */
function priceByDefinition(cost: Rational, money: Rational[], utility: number[]): Rational | undefined {
  const supporters = money.map((m, i) => ({ m, u: utility[i] as number })).filter((s) => s.u > 0);
  const total = supporters.reduce((sum, s) => sum.add(s.m), Rational.ZERO);
  if (total.lt(cost)) return undefined;
  supporters.sort((a, b) => a.m.divInt(a.u).cmp(b.m.divInt(b.u)));
  let paid = Rational.ZERO;
  let weight = supporters.reduce((sum, s) => sum + s.u, 0);
  for (const s of supporters) {
    const rho = cost.sub(paid).divInt(weight);
    if (rho.mulInt(s.u).le(s.m)) return rho;
    paid = paid.add(s.m);
    weight -= s.u;
  }
  return undefined;
}

describe("properties of every rule", () => {
  it("never spends more than the budget and explains every project", () => {
    fc.assert(
      fc.property(small, (shape) => {
        const election = toElection(shape);
        for (const rule of rulesFor(election)) {
          const outcome = tally(election, rule);
          expect(outcome.totalCost.le(election.budget)).toBe(true);
          expect(new Set(outcome.selected).size).toBe(outcome.selected.length);
          expect(outcome.explanations.map((e) => e.projectId)).toEqual(election.projects.map((p) => p.id));
          const funded = outcome.explanations.filter((e) => e.funded);
          expect(funded.map((e) => e.projectId).sort()).toEqual([...outcome.selected].sort());
          const cost = outcome.selected.reduce(
            (sum, id) => sum.add(election.projects.find((p) => p.id === id)?.cost ?? Rational.ZERO),
            Rational.ZERO,
          );
          expect(cost.eq(outcome.totalCost)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("Equal Shares outcomes satisfy the equal-shares price properties", () => {
  // Replaying the funded projects with their published prices: supporters who can pay ρ·u pay
  // exactly that, the others all they have, and together they pay exactly the cost; no project
  // still in play was cheaper (ties to the smaller id); at the end nothing else is affordable.
  for (const rule of ["mes_cost", "mes_card", "mes_points"] as const) {
    it(rule, () => {
      fc.assert(
        fc.property(small, (shape) => {
          const election = toElection(shape);
          if (rule === "mes_points" && election.voteType !== "cumulative") return;
          const outcome = tally(election, rule);
          const n = election.voters.length;
          if (n === 0) return;
          const utility = utilities(election, rule === "mes_points");
          const money = election.voters.map(() => election.budget.divInt(n));
          const key = (id: string, rho: Rational): Rational =>
            rule === "mes_cost" ? rho.div(election.projects.find((p) => p.id === id)?.cost as Rational) : rho;
          const inPlay = new Set(
            election.projects.filter((p) => utility.some((u) => (u.get(p.id) ?? 0) > 0)).map((p) => p.id),
          );
          for (const funded of outcome.explanations
            .filter((e) => e.funded)
            .sort((a, b) => (a.funded && b.funded ? a.round - b.round : 0))) {
            if (!funded.funded || !funded.price) throw new Error("a funded Equal Shares project without a price");
            const w = funded.projectId;
            const rho = funded.price.amount;
            const weights = utility.map((u) => u.get(w) ?? 0);
            expect(priceByDefinition(funded.cost, money, weights)?.eq(rho)).toBe(true);
            for (const q of inPlay) {
              if (q === w) continue;
              const project = election.projects.find((p) => p.id === q);
              const other = priceByDefinition(
                project?.cost as Rational,
                money,
                utility.map((u) => u.get(q) ?? 0),
              );
              if (!other) continue;
              const order = key(w, rho).cmp(key(q, other));
              expect(order < 0 || (order === 0 && compareProjectIds(w, q) < 0)).toBe(true);
            }
            let paid = Rational.ZERO;
            weights.forEach((u, i) => {
              if (u === 0) return;
              const pay = Rational.fromInteger(u).mul(rho);
              const m = money[i] as Rational;
              const amount = pay.lt(m) ? pay : m;
              money[i] = m.sub(amount);
              paid = paid.add(amount);
            });
            expect(paid.eq(funded.cost)).toBe(true);
            inPlay.delete(w);
          }
          for (const q of inPlay) {
            const project = election.projects.find((p) => p.id === q);
            expect(
              priceByDefinition(
                project?.cost as Rational,
                money,
                utility.map((u) => u.get(q) ?? 0),
              ),
            ).toBeUndefined();
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe("the add1 completion", () => {
  // Large per-voter budgets, so that the completion runs over many units and the search leaps.
  const roomy = electionArbitrary({ maxCost: 400, maxBudget: 3000, maxVoters: 8 });
  it("equals the unit-by-unit loop of the reference", () => {
    fc.assert(
      fc.property(
        roomy,
        fc.constantFrom("cost", "card", "points") as fc.Arbitrary<"cost" | "card" | "points">,
        (shape, satisfaction) => {
          const election = toElection(shape);
          if (election.voters.length === 0 || (satisfaction === "points" && election.voteType !== "cumulative")) return;
          const profile = buildGroupedProfile(election, satisfaction);
          const setup = prepareEqualShares(
            profile,
            election.projects.map((p) => p.cost),
            election.projects.map((p) => p.id),
            satisfaction,
            election.budget,
          );
          const start = election.budget.divInt(election.voters.length);
          let expected = runEqualShares(setup, start);
          for (let k = 1; ; k++) {
            if (judgeOutcome(setup, expected.selected) === "exhaustive") break;
            const next = runEqualShares(setup, start.add(Rational.fromInteger(k)));
            if (judgeOutcome(setup, next.selected) === "over-budget") break;
            expected = next;
          }
          const actual = runAddOneCompletion(setup);
          expect(actual.selected).toEqual(expected.selected);
          expect(actual.perVoterBudget.eq(expected.perVoterBudget)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe("sequential Phragmén", () => {
  it("equals the textbook definition computed with fractions", () => {
    fc.assert(
      fc.property(small, (shape) => {
        const election = toElection(shape);
        const supporters = new Map(
          election.projects.map((p) => [p.id, election.voters.flatMap((v, i) => (v.vote.includes(p.id) ? [i] : []))]),
        );
        const load = election.voters.map(() => Rational.ZERO);
        let left = election.budget;
        const open = new Set(
          election.projects
            .filter((p) => (supporters.get(p.id)?.length ?? 0) > 0 && p.cost.le(election.budget))
            .map((p) => p.id),
        );
        const expected: string[] = [];
        while (open.size > 0) {
          const value = (id: string): Rational => {
            const who = supporters.get(id) as number[];
            const cost = election.projects.find((p) => p.id === id)?.cost as Rational;
            return who.reduce((sum, i) => sum.add(load[i] as Rational), cost).divInt(who.length);
          };
          const ids = [...open].sort(compareProjectIds);
          const best = ids.reduce((a, b) => (value(b).lt(value(a)) ? b : a));
          const tied = ids.filter((id) => value(id).eq(value(best)));
          const costOf = (id: string): Rational => election.projects.find((p) => p.id === id)?.cost as Rational;
          if (tied.some((id) => costOf(id).gt(left))) break;
          const winner = tied[0] as string;
          const newLoad = value(winner);
          for (const i of supporters.get(winner) as number[]) load[i] = newLoad;
          left = left.sub(election.projects.find((p) => p.id === winner)?.cost as Rational);
          expected.push(winner);
          open.delete(winner);
        }
        expect(tally(election, "phragmen").selected).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe("greedy rules", () => {
  it("never drop a funded project when a voter who approves only that project is added", () => {
    fc.assert(
      fc.property(small, fc.nat(), (shape, pick) => {
        const election = toElection(shape);
        const rules: RuleName[] = [
          "greedy_cost",
          "greedy_card",
          ...(election.voteType === "cumulative" ? (["greedy_points"] as const) : []),
        ];
        for (const rule of rules) {
          const before = tally(election, rule).selected;
          if (before.length === 0) continue;
          const p = before[pick % before.length] as string;
          const extra: ElectionVoter = {
            id: "extra",
            vote: [p],
            ...(election.voteType === "cumulative" ? { points: [1] } : {}),
            fields: {},
          };
          const after = tally({ ...election, voters: [...election.voters, extra] }, rule).selected;
          expect(after).toContain(p);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the .pb format", () => {
  it("reads back what it writes, whatever the names contain", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "ß", ";", '"', " ", ",", "N", "o", "e", "1") });
    fc.assert(
      fc.property(small, fc.array(text, { minLength: 8, maxLength: 8 }), (shape, names) => {
        const base = toElection(shape);
        const election: Election = {
          ...base,
          meta: [{ key: "description", value: names[0] as string }],
          projectColumns: ["project_id", "cost", "name"],
          projects: base.projects.map((p, i) => ({
            ...p,
            fields: { name: names[i] === "None" ? "x" : (names[i] as string) },
          })),
        };
        const back = readPb(writePb(election));
        expect(back.projects).toEqual(election.projects);
        expect(back.voters).toEqual(election.voters);
      }),
      { numRuns: 150 },
    );
  });
});
