import { type Election, hasPoints } from "./election";
import { TallyError } from "./errors";
import { runGreedy } from "./greedy";
import { buildGroupedProfile, type GroupedProfile } from "./grouped-profile";
import { runAddOneCompletion } from "./mes/add-one-completion";
import { type EqualSharesRun, runEqualShares } from "./mes/equal-shares-run";
import { prepareEqualShares } from "./mes/equal-shares-setup";
import type { FundedExplanation, NotFundedExplanation, ProjectExplanation, TallyOutcome } from "./outcome";
import { runPhragmen } from "./phragmen";
import { Rational } from "./rational";
import type { RuleName, Satisfaction } from "./rules";
import { projectsBelowThreshold } from "./score-threshold";

export interface TallyOptions {
  /**
   * Apply the election's `min_project_score_threshold`: projects below it take no part. Off by
   * default, as in the reference tool; a city's own budget sets it explicitly.
   */
  readonly applyThreshold?: boolean;
}

/** The rule-specific part of a not-funded explanation. */
type WhyNotFunded = Omit<NotFundedExplanation, "projectId" | "funded" | "cost" | "supporters">;

const SATISFACTION: Record<RuleName, Satisfaction> = {
  greedy_cost: "cost",
  greedy_card: "card",
  mes_cost: "cost",
  mes_card: "card",
  mes_cost_add1: "cost",
  mes_card_add1: "card",
  mes_cost_add1_greedy: "cost",
  mes_card_add1_greedy: "card",
  greedy_points: "points",
  mes_points: "points",
  mes_points_add1: "points",
  phragmen: "card",
};

/** Computes the outcome of `rule` on `election`, with an explanation for every project. */
export function tally(election: Election, rule: RuleName, options: TallyOptions = {}): TallyOutcome {
  const satisfaction = SATISFACTION[rule];
  if (satisfaction === "points" && !hasPoints(election.voteType)) {
    throw new TallyError(`${rule} needs cumulative or scoring ballots; this election has ${election.voteType} ballots`);
  }
  const threshold = options.applyThreshold ? projectsBelowThreshold(election) : { below: new Map<string, number>() };
  const excluded = new Set(threshold.below.keys());
  const profile = buildGroupedProfile(election, satisfaction, excluded);
  const ids = election.projects.map((project) => project.id);
  const costs = election.projects.map((project) => project.cost);
  const budget = election.budget;

  const funded: FundedExplanation[] = [];
  const fund = (p: number, stage: FundedExplanation["stage"], price?: FundedExplanation["price"]): void => {
    funded.push({
      projectId: ids[p] as string,
      funded: true,
      round: funded.length + 1,
      stage,
      cost: costs[p] as Rational,
      supporters: profile.supporters[p] as number,
      ...(price ? { price } : {}),
    });
  };
  const notFunded = new Map<number, WhyNotFunded>();
  let perVoterBudget: Rational | undefined;

  if (rule === "greedy_cost" || rule === "greedy_card" || rule === "greedy_points") {
    const run = runGreedy(profile, costs, ids, satisfaction, budget);
    for (const p of run.added) fund(p, "rule");
    for (const [p, left] of run.passedOver) notFunded.set(p, { reason: "does-not-fit", budgetLeft: left });
  } else if (rule === "phragmen") {
    const run = runPhragmen(profile, costs, ids, budget);
    run.selected.forEach((p, i) => {
      fund(p, "rule", { amount: run.loads[i] as Rational, per: "supporter" });
    });
    const chosen = new Set(run.selected);
    for (let p = 0; p < profile.projectCount; p++) {
      if (chosen.has(p) || (profile.supporters[p] as number) === 0) continue;
      const cost = costs[p] as Rational;
      if (p === run.blockedBy || cost.gt(run.budgetLeft)) {
        notFunded.set(p, { reason: "does-not-fit", budgetLeft: run.budgetLeft });
      } else notFunded.set(p, { reason: "insufficient-support" });
    }
  } else {
    const mes = prepareEqualShares(profile, costs, ids, satisfaction, budget);
    for (const p of mes.freeProjects) fund(p, "rule");
    let run: EqualSharesRun | undefined;
    if (mes.numVoters > 0) {
      run =
        rule === "mes_cost" || rule === "mes_card" || rule === "mes_points"
          ? runEqualShares(mes, budget.divInt(mes.numVoters))
          : runAddOneCompletion(mes);
      perVoterBudget = run.perVoterBudget;
      const prices = run.prices();
      const per = satisfaction === "points" ? "point" : "supporter";
      run.selected.forEach((p, i) => {
        fund(p, "rule", { amount: prices[i] as Rational, per });
      });
    }
    if (rule === "mes_cost_add1_greedy" || rule === "mes_card_add1_greedy") {
      const completion = runGreedy(
        profile,
        costs,
        ids,
        "cost",
        budget,
        funded.map((f) => ids.indexOf(f.projectId)),
      );
      for (const p of completion.added) fund(p, "completion");
      for (const [p, left] of completion.passedOver) notFunded.set(p, { reason: "does-not-fit", budgetLeft: left });
    }
    const chosen = new Set(funded.map((f) => f.projectId));
    for (const p of mes.candidates) {
      if (chosen.has(ids[p] as string) || notFunded.has(p)) continue;
      notFunded.set(
        p,
        run
          ? { reason: "insufficient-support", supportersMoneyLeft: run.moneyLeftWith(p) }
          : { reason: "insufficient-support" },
      );
    }
  }

  return assemble(rule, election, profile, budget, funded, notFunded, threshold, perVoterBudget);
}

function assemble(
  rule: RuleName,
  election: Election,
  profile: GroupedProfile,
  budget: Rational,
  funded: readonly FundedExplanation[],
  notFunded: ReadonlyMap<number, WhyNotFunded>,
  threshold: { threshold?: number; below: ReadonlyMap<string, number> },
  perVoterBudget: Rational | undefined,
): TallyOutcome {
  const fundedById = new Map(funded.map((f) => [f.projectId, f]));
  const listedBy = new Map<string, number>();
  for (const voter of election.voters) for (const id of voter.vote) listedBy.set(id, (listedBy.get(id) ?? 0) + 1);
  const explanations: ProjectExplanation[] = election.projects.map((project, p) => {
    const done = fundedById.get(project.id);
    if (done) return done;
    const base = { projectId: project.id, funded: false as const, cost: project.cost };
    const score = threshold.below.get(project.id);
    if (score !== undefined) {
      return {
        ...base,
        supporters: listedBy.get(project.id) ?? 0,
        reason: "below-threshold",
        score,
        ...(threshold.threshold !== undefined ? { threshold: threshold.threshold } : {}),
      };
    }
    const supporters = profile.supporters[p] as number;
    if (supporters === 0) return { ...base, supporters, reason: "no-support" };
    const why: WhyNotFunded = notFunded.get(p) ?? { reason: "insufficient-support" };
    return { ...base, supporters, ...why };
  });
  let totalCost = Rational.ZERO;
  for (const f of funded) totalCost = totalCost.add(f.cost);
  return {
    rule,
    selected: funded.map((f) => f.projectId),
    totalCost,
    budget,
    explanations,
    ...(perVoterBudget ? { perVoterBudget } : {}),
  };
}
