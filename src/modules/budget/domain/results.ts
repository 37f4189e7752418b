import { projectCost, projectKey } from "./ballot";
import type { Election, ElectionProject, ElectionVoter } from "./election";
import type { BallotChoice, Budget, Heading, Project } from "./model";
import type { ProjectExplanation, TallyOutcome } from "./outcome";
import { writePb } from "./pb/write-pb";
import { Rational } from "./rational";
import { isRuleName } from "./rules";
import { tally } from "./tally";

export interface ProjectResult {
  project: Project;
  key: string;
  cost: number;
  /** Ballots that chose the project. */
  votes: number;
  /** Points given to it (points ballots), else equal to `votes`. */
  points: number;
  explanation: ProjectExplanation | null;
}

export interface HeadingResult {
  heading: Heading;
  ballots: number;
  election: Election;
  outcome: TallyOutcome | null;
  projects: ProjectResult[];
  fundedCost: number;
  averageChoices: number;
}

/** The election of one heading in the domain's terms: projects on the ballot and current ballots. */
function headingElection(
  budget: Budget,
  heading: Heading,
  projects: readonly Project[],
  ballots: ReadonlyArray<{ choices: BallotChoice[] }>,
): Election {
  const keyOf = new Map(projects.map((p) => [p.id, projectKey(p.number)]));
  const points = budget.ballotType === "points";
  const electionProjects: ElectionProject[] = projects.map((p) => ({
    id: projectKey(p.number),
    cost: Rational.fromInteger(projectCost(p)),
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
  return election;
}

/** What the results need of one heading: its projects on the ballot and its current ballots. */
export interface HeadingVotes {
  heading: Heading;
  projects: Project[];
  ballots: Array<{ choices: BallotChoice[] }>;
}

/** Tallies every heading with the budget's rule and gathers the statistics of the results page. */
export function budgetResults(budget: Budget, headings: readonly HeadingVotes[]): HeadingResult[] {
  const results: HeadingResult[] = [];
  for (const { heading, projects, ballots } of headings) {
    const election = headingElection(budget, heading, projects, ballots);
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
        cost: projectCost(project),
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

/** The `.pb` file of the budget: one per heading, joined, since the format holds one election per file. */
export function pbFiles(results: readonly HeadingResult[]): Array<{ heading: Heading; text: string }> {
  return results.map((r) => ({ heading: r.heading, text: writePb(r.election) }));
}

/** The rows of the results as CSV: one per project with its votes, cost and whether it is funded. */
export function resultsCsvRows(results: readonly HeadingResult[]): Array<Array<string | number>> {
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
  return rows;
}

/** Where a project's row in the published results is (a measure made of it links back there). */
export function projectResultsPath(slug: string, projectId: string): string {
  return `/budgets/${slug}/results#project-${projectId}`;
}
