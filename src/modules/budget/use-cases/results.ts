import { and, count, eq, isNull, like } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import {
  type BudgetRow,
  ballotProjects,
  currentBallots,
  type HeadingRow,
  headingsOf,
  type ProjectRow,
} from "../data/queries";
import { budgetBallots } from "../data/schema";
import type { Election, ElectionProject, ElectionVoter } from "../domain/election";
import type { ProjectExplanation, TallyOutcome } from "../domain/outcome";
import { writePb } from "../domain/pb/write-pb";
import { Rational } from "../domain/rational";
import { isRuleName } from "../domain/rules";
import { tally } from "../domain/tally";
import { projectKey } from "./ballot-rules";

export interface ProjectResult {
  project: ProjectRow;
  key: string;
  cost: number;
  /** Ballots that chose the project. */
  votes: number;
  /** Points given to it (points ballots), else equal to `votes`. */
  points: number;
  explanation: ProjectExplanation | null;
}

export interface HeadingResult {
  heading: HeadingRow;
  ballots: number;
  election: Election;
  outcome: TallyOutcome | null;
  projects: ProjectResult[];
  fundedCost: number;
  averageChoices: number;
}

/** The election of one heading in the domain's terms: projects on the ballot and current ballots. */
export async function headingElection(
  db: Executor,
  budget: BudgetRow,
  heading: HeadingRow,
): Promise<{ election: Election; projects: ProjectRow[] }> {
  const projects = await ballotProjects(db, heading.id);
  const ballots = await currentBallots(db, heading.id);
  const keyOf = new Map(projects.map((p) => [p.id, projectKey(p.number)]));
  const points = budget.ballotType === "points";
  const electionProjects: ElectionProject[] = projects.map((p) => ({
    id: projectKey(p.number),
    cost: Rational.fromInteger(p.officialCost ?? p.estimatedCost),
    fields: { name: p.title },
  }));
  const voters: ElectionVoter[] = ballots.map((ballot, index) => {
    const chosen = ballot.choices.filter((c) => keyOf.has(c.projectId));
    return {
      // Voters are numbered; the file says nothing about who they are.
      id: String(index + 1),
      vote: chosen.map((c) => keyOf.get(c.projectId) as string),
      ...(points ? { points: chosen.map((c) => c.points) } : {}),
      fields: {},
    };
  });
  const election: Election = {
    meta: [
      { key: "description", value: `${budget.title} – ${heading.name}` },
      { key: "country", value: "Germany" },
      { key: "unit", value: heading.name },
      { key: "instance", value: budget.slug },
      { key: "num_projects", value: String(electionProjects.length) },
      { key: "num_votes", value: String(voters.length) },
      { key: "budget", value: String(heading.amount) },
      { key: "vote_type", value: points ? "cumulative" : "approval" },
      { key: "rule", value: budget.rule },
      { key: "currency", value: "EUR" },
      ...(budget.maxProjects ? [{ key: "max_length", value: String(budget.maxProjects) }] : []),
      ...(points && budget.pointsTotal ? [{ key: "max_sum_points", value: String(budget.pointsTotal) }] : []),
    ],
    budget: Rational.fromInteger(heading.amount),
    voteType: points ? "cumulative" : "approval",
    projectColumns: ["project_id", "cost", "name"],
    projects: electionProjects,
    voterColumns: points ? ["voter_id", "vote", "points"] : ["voter_id", "vote"],
    voters,
  };
  return { election, projects };
}

/** Tallies every heading with the budget's rule and gathers the statistics of the results page. */
export async function budgetResults(db: Executor, budget: BudgetRow): Promise<HeadingResult[]> {
  const results: HeadingResult[] = [];
  for (const heading of await headingsOf(db, budget.id)) {
    const { election, projects } = await headingElection(db, budget, heading);
    const outcome = isRuleName(budget.rule) && election.voters.length > 0 ? tally(election, budget.rule) : null;
    const explanations = new Map((outcome?.explanations ?? []).map((e) => [e.projectId, e]));
    const votes = new Map<string, number>();
    const points = new Map<string, number>();
    let choices = 0;
    for (const voter of election.voters) {
      choices += voter.vote.length;
      voter.vote.forEach((id, i) => {
        votes.set(id, (votes.get(id) ?? 0) + 1);
        points.set(id, (points.get(id) ?? 0) + (voter.points?.[i] ?? 1));
      });
    }
    const projectResults = projects.map((project) => {
      const key = projectKey(project.number);
      return {
        project,
        key,
        cost: project.officialCost ?? project.estimatedCost,
        votes: votes.get(key) ?? 0,
        points: points.get(key) ?? 0,
        explanation: explanations.get(key) ?? null,
      };
    });
    // Funded first, in the order the rule chose them; then by votes.
    const order = new Map((outcome?.selected ?? []).map((id, i) => [id, i]));
    projectResults.sort(
      (a, b) =>
        (order.get(a.key) ?? 1e9) - (order.get(b.key) ?? 1e9) || b.votes - a.votes || a.key.localeCompare(b.key),
    );
    results.push({
      heading,
      ballots: election.voters.length,
      election,
      outcome,
      projects: projectResults,
      fundedCost: outcome ? Math.round(outcome.totalCost.toNumber()) : 0,
      averageChoices: election.voters.length ? choices / election.voters.length : 0,
    });
  }
  return results;
}

/** How many current ballots came with a voting code and how many from accounts. */
export async function ballotSources(db: Executor, budgetId: string): Promise<{ codes: number; accounts: number }> {
  const current = and(eq(budgetBallots.budgetId, budgetId), isNull(budgetBallots.replacedAt));
  const [codes] = await db
    .select({ n: count() })
    .from(budgetBallots)
    .where(and(current, like(budgetBallots.voterKey, "code:%")));
  const [all] = await db.select({ n: count() }).from(budgetBallots).where(current);
  return { codes: codes?.n ?? 0, accounts: (all?.n ?? 0) - (codes?.n ?? 0) };
}

/** The `.pb` file of the budget: one per heading, joined, since the format holds one election per file. */
export function pbFiles(results: readonly HeadingResult[]): Array<{ heading: HeadingRow; text: string }> {
  return results.map((r) => ({ heading: r.heading, text: writePb(r.election) }));
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLines(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The results as CSV: one row per project with its votes, cost and whether it is funded. */
export function resultsCsv(results: readonly HeadingResult[]): string {
  const rows: Array<Array<string | number>> = [
    ["heading", "project_id", "title", "cost_eur", "votes", "points", "funded", "round", "reason"],
  ];
  for (const r of results) {
    for (const p of r.projects) {
      const e = p.explanation;
      rows.push([
        r.heading.name,
        p.key,
        p.project.title,
        p.cost,
        p.votes,
        p.points,
        e?.funded ? "yes" : "no",
        e?.funded ? e.round : "",
        e && !e.funded ? e.reason : "",
      ]);
    }
  }
  return csvLines(rows);
}
