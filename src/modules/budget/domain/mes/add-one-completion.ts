import { Rational } from "../rational";
import { type EqualSharesRun, runEqualShares } from "./equal-shares-run";
import type { EqualSharesElection } from "./equal-shares-setup";

/**
 * The "add1" completion of Equal Shares: run MES with per-voter budget B/n, then B/n + 1, B/n + 2, …
 * (one currency unit more per voter each time) and stop at the first run whose outcome is exhaustive
 * (no further supported project fits in the budget) — that outcome is the result — or whose outcome
 * costs more than the budget — then the previous outcome is the result.
 */
export function runAddOneCompletion(election: EqualSharesElection): EqualSharesRun {
  const start = election.budget.divInt(election.numVoters);
  let previous: EqualSharesRun | undefined;
  for (let k = 0; ; k++) {
    const run = runEqualShares(election, start.add(Rational.fromInteger(k)));
    const verdict = judgeOutcome(election, run.selected);
    if (verdict === "over-budget") return previous ?? run;
    if (verdict === "exhaustive") return run;
    previous = run;
  }
}

export type OutcomeVerdict = "over-budget" | "exhaustive" | "open";

export function judgeOutcome(election: EqualSharesElection, selected: readonly number[]): OutcomeVerdict {
  let spent = Rational.ZERO;
  for (const p of election.freeProjects) spent = spent.add(election.costs[p] as Rational);
  const chosen = new Set(selected);
  for (const p of selected) spent = spent.add(election.costs[p] as Rational);
  if (spent.gt(election.budget)) return "over-budget";
  const left = election.budget.sub(spent);
  for (const p of election.candidates) {
    if (!chosen.has(p) && (election.costs[p] as Rational).le(left)) return "open";
  }
  return "exhaustive";
}
