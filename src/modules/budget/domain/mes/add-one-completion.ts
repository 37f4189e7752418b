import { Rational } from "../rational";
import { type EqualSharesRun, runEqualShares } from "./equal-shares-run";
import type { EqualSharesElection } from "./equal-shares-setup";
import { certificateContext, certifiedWidth } from "./sequence-certificate";

/**
 * The "add1" completion of Equal Shares: run MES with per-voter budget B/n, then B/n + 1, B/n + 2, …
 * (one currency unit more per voter each time) and stop at the first run whose outcome is exhaustive
 * (no further supported project fits in the budget) — that outcome is the result — or whose outcome
 * costs more than the budget — then the previous outcome is the result.
 *
 * The result is exactly that of the unit-by-unit loop, but the loop need not visit every unit. From
 * a unit whose outcome is known, the search asks for a proof (sequence-certificate.ts) that the
 * selection sequence stays the same over the next units and jumps over as many units as the proof
 * covers; a unit with the same outcome as one already judged "open" is "open" too, so only units
 * where the outcome changes need judging. Proofs over wide intervals are looser, so the search first
 * tries as far as the last stretch without a change reached, doubles that while proofs succeed and
 * narrows it when they fall short; where nothing can be proven the next unit is computed exactly.
 * Proofs are attempted when they promise to pay off — after a unit that repeated the previous
 * sequence, or right after a proof that covered several units — and ever more rarely after attempts
 * that covered nothing. On elections whose sequence changes almost every unit (many projects with
 * close prices) the search is thus the unit-by-unit loop.
 */
export function runAddOneCompletion(election: EqualSharesElection): EqualSharesRun {
  const start = election.budget.divInt(election.numVoters);
  const at = (k: number): Rational => start.add(Rational.fromInteger(k));
  const context = certificateContext(election);
  let k = 0;
  let run = runEqualShares(election, at(0));
  // The last unit known to give an "open" outcome.
  let openK = -1;
  let tryProof = false;
  let lastProven = 0;
  // How far to try to prove: as far as the last stretch without a change reached.
  let reach = 4;
  let stretch = 0;
  // After attempts that proved nothing, the next `pause` chances are passed up; the pause doubles
  // with every such attempt and ends with the first one that proves something.
  let pause = 0;
  let skipped = 0;
  for (;;) {
    const verdict = judgeOutcome(election, run.selected);
    if (verdict === "over-budget") {
      // k > 0 here: at B/n the outcome never spends more than B.
      return runEqualShares(election, at(openK));
    }
    if (verdict === "exhaustive") return run;
    openK = k;
    let provenNow = 0;
    const attempted = tryProof;
    while (tryProof) {
      // The proof covers [k, k + proven): the units k+1 … k+ceil(proven)−1 have this outcome too.
      const proven = certifiedWidth(context, run.selected, at(k), at(k + reach));
      const units = Math.max(0, Math.ceil(proven) - 1);
      provenNow += units;
      k += units;
      openK = k;
      // Wider intervals give looser bounds: after a proof that fell short, try closer.
      if (proven >= reach) reach *= 2;
      else if (units >= 1) reach = Math.max(4, 2 * units);
      else if (reach > 4) reach = Math.max(4, Math.floor(reach / 4));
      else tryProof = false;
    }
    lastProven = provenNow;
    stretch += provenNow;
    if (attempted && provenNow > 0) pause = 0;
    else if (attempted) {
      pause = Math.max(1, 2 * pause);
      skipped = 0;
    }
    k += 1;
    const next = runEqualShares(election, at(k));
    const same = sameSequence(next.selected, run.selected);
    if (same) stretch += 1;
    else {
      reach = Math.max(4, stretch);
      stretch = 0;
    }
    const worthTrying = same || lastProven >= 4;
    tryProof = worthTrying && skipped >= pause;
    if (worthTrying && !tryProof) skipped++;
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
