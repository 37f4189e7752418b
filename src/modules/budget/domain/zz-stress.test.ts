import fc from "fast-check";
import { expect, it } from "vitest";
import { buildGroupedProfile } from "./grouped-profile";
import { judgeOutcome, runAddOneCompletion } from "./mes/add-one-completion";
import { runEqualShares } from "./mes/equal-shares-run";
import { prepareEqualShares } from "./mes/equal-shares-setup";
import { certificateContext, certifiedWidth } from "./mes/sequence-certificate";
import { Rational } from "./rational";
import type { Election } from "./election";
const IDS = Array.from({ length: 12 }, (_, i) => String(i + 1));
it("stress", () => {
  let leaps = 0, maxK = 0, cases = 0;
  fc.assert(fc.property(
    fc.integer({ min: 2, max: 12 }).chain((P) => fc.record({
      costs: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: P, maxLength: P }),
      budget: fc.integer({ min: 100, max: 5000 }),
      ballots: fc.array(fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: P - 1 }), fc.integer({ min: 1, max: 4 })), { selector: ([p]) => p, minLength: 1, maxLength: P }), { minLength: 1, maxLength: 30 }),
      sat: fc.constantFrom("cost", "card", "points"),
    })),
    (s) => {
      const e: Election = { meta: [], budget: Rational.fromInteger(s.budget), voteType: "cumulative", projectColumns: [], voterColumns: [],
        projects: s.costs.map((c, i) => ({ id: IDS[i]!, cost: Rational.fromInteger(c), fields: {} })),
        voters: s.ballots.map((b, i) => ({ id: String(i), vote: b.map(([p]) => IDS[p]!), points: b.map(([, q]) => q), fields: {} })) };
      const sat = s.sat as "cost";
      const setup = prepareEqualShares(buildGroupedProfile(e, sat), e.projects.map(p => p.cost), e.projects.map(p => p.id), sat, e.budget);
      const start = e.budget.divInt(e.voters.length);
      const seqs: string[] = [];
      let expected = runEqualShares(setup, start); seqs.push(expected.selected.join());
      let k = 1;
      for (; ; k++) {
        if (judgeOutcome(setup, expected.selected) === "exhaustive") break;
        const next = runEqualShares(setup, start.add(Rational.fromInteger(k))); seqs.push(next.selected.join());
        if (judgeOutcome(setup, next.selected) === "over-budget") break;
        expected = next;
      }
      maxK = Math.max(maxK, k); cases++;
      // every certificate from every k must be sound
      const ctx = certificateContext(setup);
      for (let a = 0; a < seqs.length; a++) for (const w of [2, 7, 30]) {
        const width = certifiedWidth(ctx, seqs[a]!.split(",").filter(x => x).map(Number), start.add(Rational.fromInteger(a)), start.add(Rational.fromInteger(a + w)));
        const covered = Math.ceil(width) - 1;
        if (covered >= 1) leaps++;
        for (let j = a + 1; j <= Math.min(a + covered, seqs.length - 1); j++) expect(seqs[j], `a=${a} w=${w} width=${width}`).toBe(seqs[a]);
      }
      const actual = runAddOneCompletion(setup);
      expect(actual.selected).toEqual(expected.selected);
    }), { numRuns: 3000 });
  console.log({ leaps, maxK, cases });
}, 600_000);
