/**
 * The tally rules. Names follow the reference outcomes of the pabulib community tools:
 * - `greedy_cost` / `greedy_card`: greedy utilitarian welfare with cost / cardinality satisfaction
 *   (projects by number of supporters / by supporters per unit of cost), skipping projects that no
 *   longer fit.
 * - `mes_cost` / `mes_card`: Method of Equal Shares with cost / cardinality satisfaction.
 * - `*_add1`: MES whose per-voter budget is raised one currency unit at a time while the outcome
 *   stays within the budget and is not yet exhaustive.
 * - `*_add1_greedy`: the add1 outcome completed by `greedy_cost`.
 * - `greedy_points`, `mes_points`, `mes_points_add1`: the same with the points of cumulative (or
 *   scoring) ballots as satisfaction.
 * - `phragmen`: sequential Phragmén.
 */
export const RULES = [
  "greedy_cost",
  "greedy_card",
  "mes_cost",
  "mes_card",
  "mes_cost_add1",
  "mes_card_add1",
  "mes_cost_add1_greedy",
  "mes_card_add1_greedy",
  "greedy_points",
  "mes_points",
  "mes_points_add1",
  "phragmen",
] as const;

export type RuleName = (typeof RULES)[number];

export function isRuleName(value: string): value is RuleName {
  return (RULES as readonly string[]).includes(value);
}

/** The satisfaction a rule measures: a supporter's count, the project's cost, or the voter's points. */
export type Satisfaction = "card" | "cost" | "points";
