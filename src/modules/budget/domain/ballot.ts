import type { Budget, Heading, Project } from "./model";
import { RULES, type RuleName } from "./rules";

export const BALLOT_TYPES = ["approval", "points"] as const;
export type BallotType = (typeof BALLOT_TYPES)[number];

const POINTS_RULES: readonly RuleName[] = ["greedy_points", "mes_points", "mes_points_add1"];

/** The rules a city may choose for a ballot type: points rules need points ballots and vice versa. */
export function rulesFor(ballotType: BallotType): RuleName[] {
  return RULES.filter((rule) => POINTS_RULES.includes(rule) === (ballotType === "points"));
}

export interface BallotLimits {
  ballotType: BallotType;
  maxProjects: number | null;
  knapsack: boolean;
  pointsTotal: number | null;
  /** The heading's amount (whole euros). */
  amount: number;
}

/** The limits a ballot of this budget in this heading must keep. */
export function ballotLimits(
  budget: Pick<Budget, "ballotType" | "maxProjects" | "knapsack" | "pointsTotal">,
  heading: Pick<Heading, "amount">,
): BallotLimits {
  return {
    ballotType: budget.ballotType === "points" ? "points" : "approval",
    maxProjects: budget.maxProjects,
    knapsack: budget.knapsack,
    pointsTotal: budget.pointsTotal,
    amount: heading.amount,
  };
}

/** What a project costs on the ballot: the administration's estimate, else the proposer's. */
export function projectCost(project: Pick<Project, "officialCost" | "estimatedCost">): number {
  return project.officialCost ?? project.estimatedCost;
}

/** A project's id in exports and tie-breaking: its running number, zero-padded ("0007"). */
export function projectKey(number: number): string {
  return String(number).padStart(4, "0");
}

export interface BallotProject {
  id: string;
  cost: number;
}

export interface BallotTotals {
  /** Chosen projects and their points (1 for approval). */
  chosen: Array<{ projectId: string; points: number }>;
  count: number;
  cost: number;
  points: number;
  /** Message keys of the limits this ballot breaks (empty when it may be cast). */
  problems: string[];
}

/**
 * Checks a ballot against the budget's limits: the number of projects, the money ("knapsack") or the
 * points to distribute. The server computes this for the ballot page without JavaScript and again
 * when the ballot is cast.
 */
function ballotTotals(
  limits: BallotLimits,
  projects: readonly BallotProject[],
  choice: ReadonlyMap<string, number>,
): BallotTotals {
  const chosen: Array<{ projectId: string; points: number }> = [];
  let cost = 0;
  let points = 0;
  for (const project of projects) {
    const value = choice.get(project.id) ?? 0;
    if (value <= 0) continue;
    const given = limits.ballotType === "approval" ? 1 : value;
    chosen.push({ projectId: project.id, points: given });
    cost += project.cost;
    points += given;
  }
  const problems: string[] = [];
  if (limits.ballotType === "approval") {
    if (limits.maxProjects !== null && chosen.length > limits.maxProjects) problems.push("budget.ballot.tooMany");
    if (limits.knapsack && cost > limits.amount) problems.push("budget.ballot.overBudget");
  } else if (points > (limits.pointsTotal ?? 0)) problems.push("budget.ballot.tooManyPoints");
  return { chosen, count: chosen.length, cost, points, problems };
}

/** The totals of a choice among the projects on a heading's ballot. */
export function ballotTotalsOf(
  limits: BallotLimits,
  projects: ReadonlyArray<Pick<Project, "id" | "officialCost" | "estimatedCost">>,
  choice: ReadonlyMap<string, number>,
): BallotTotals {
  return ballotTotals(
    limits,
    projects.map((p) => ({ id: p.id, cost: projectCost(p) })),
    choice,
  );
}

/** A ballot form as sent: the checked projects (approval) and the points fields in their order (points). */
export interface BallotForm {
  projects: string[];
  points: Array<[projectId: string, value: string]>;
}

/**
 * The choices of a submitted ballot form: checked projects (approval) or points per project. A points
 * field that is not a whole number of at least 0 becomes -1, which the ballot refuses.
 */
export function choicesOf(form: BallotForm, points: boolean): Map<string, number> {
  const choice = new Map<string, number>();
  if (points) {
    for (const [id, value] of form.points) {
      const n = Number(value.trim() === "" ? "0" : value);
      choice.set(id, Number.isInteger(n) && n >= 0 ? n : -1);
    }
  } else {
    for (const id of form.projects) choice.set(id, 1);
  }
  return choice;
}
