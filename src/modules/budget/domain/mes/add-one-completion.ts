import { Rational } from "../rational";
import { type EqualSharesRun, runEqualShares } from "./equal-shares-run";
import type { EqualSharesElection } from "./equal-shares-setup";
import { certificateContext, certifySequence } from "./sequence-certificate";

/**
 * The "add1" completion of Equal Shares: run MES with per-voter budget B/n, then B/n + 1, B/n + 2, …
 * (one currency unit more per voter each time) and stop at the first run whose outcome is exhaustive
 * (no further supported project fits in the budget) — that outcome is the result — or whose outcome
 * costs more than the budget — then the previous outcome is the result.
 *
 * The result is exactly that of the unit-by-unit loop, but the loop does not visit every unit: from
 * a budget whose outcome is known, it proves (sequence-certificate.ts) that the outcome stays the same
 * over the next 2, 4, 8, … units and jumps over them; where no proof succeeds it computes the next
 * unit exactly. An outcome that is the same as at a budget already judged "open" is again "open", so
 * only budgets where the outcome changes need judging.
 */
export function runAddOneCompletion(election: EqualSharesElection): EqualSharesRun {
  const start = election.budget.divInt(election.numVoters);
  const at = (k: number): Rational => start.add(Rational.fromInteger(k));
  const context = certificateContext(election);
  let k = 0;
  let run = runEqualShares(election, at(0));
  // The last budget known to give an "open" outcome, and that outcome's sequence.
  let openK = -1;
  let stride = 2;
  for (;;) {
    const verdict = judgeOutcome(election, run.selected);
    if (verdict === "over-budget") {
      // k > 0 here: the first outcome spends at most the budget.
      return runEqualShares(election, at(openK));
    }
    if (verdict === "exhaustive") return run;
    openK = k;
    // Leap over units whose outcome provably equals this one.
    while (stride >= 2) {
      if (certifySequence(context, run.selected, at(k), at(k + stride))) {
        k += stride;
        openK = k;
        stride *= 2;
      } else stride = Math.floor(stride / 4);
    }
    k += 1;
    const next = runEqualShares(election, at(k));
    stride = sameSequence(next.selected, run.selected) ? 4 : 2;
    run = next;
  }
}

function sameSequence(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
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
