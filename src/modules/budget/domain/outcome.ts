import type { Rational } from "./rational";
import type { RuleName } from "./rules";

/** How a funded project was paid for, so the result page can say it in plain words. */
export type FundedExplanation = {
  readonly projectId: string;
  readonly funded: true;
  /** 1-based position in the selection order. */
  readonly round: number;
  /** `rule`: chosen by the rule itself; `completion`: added by the greedy completion afterwards. */
  readonly stage: "rule" | "completion";
  readonly cost: Rational;
  /** Number of voters who support the project. */
  readonly supporters: number;
  /**
   * Equal Shares: what each supporter who could afford it paid (per point for points ballots);
   * supporters with less money left paid all they had. Phragmén: the load each supporter carries
   * after the project. Absent for greedy rules.
   */
  readonly price?: { readonly amount: Rational; readonly per: "supporter" | "point" };
};

export type NotFundedReason =
  /** Its supporters had too little of their share left to pay for it together. */
  | "insufficient-support"
  /** It costs more than the budget that was left when its turn came. */
  | "does-not-fit"
  /** Its score is below the minimum score the election sets (only with the threshold applied). */
  | "below-threshold"
  /** No voter supports it. */
  | "no-support";

export type NotFundedExplanation = {
  readonly projectId: string;
  readonly funded: false;
  readonly reason: NotFundedReason;
  readonly cost: Rational;
  readonly supporters: number;
  /** For `does-not-fit`: the budget left at the moment the project was passed over. */
  readonly budgetLeft?: Rational;
  /** For `insufficient-support`: the money its supporters had left at the end. */
  readonly supportersMoneyLeft?: Rational;
  /** For `below-threshold`: the project's score and the threshold. */
  readonly score?: number;
  readonly threshold?: number;
};

export type ProjectExplanation = FundedExplanation | NotFundedExplanation;

export interface TallyOutcome {
  readonly rule: RuleName;
  /** Project ids in the order the rule selected them. */
  readonly selected: readonly string[];
  readonly totalCost: Rational;
  readonly budget: Rational;
  /** One entry per project of the election, in the election's project order. */
  readonly explanations: readonly ProjectExplanation[];
  /** Equal Shares: the budget each voter started with in the run that decided the outcome. */
  readonly perVoterBudget?: Rational;
}
