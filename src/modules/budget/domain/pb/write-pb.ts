import { type Election, hasPoints } from "../election";
import { Rational } from "../rational";
import { quoteCell } from "./pb-cells";
import { PbWriteError } from "./pb-format-error";

export interface WritePbOptions {
  /** Line end to write; LF unless told otherwise. */
  readonly lineEnding?: "\n" | "\r\n";
}

/**
 * Writes an election as a pabulib `.pb` file that `readPb` reads back to the same election. META keeps
 * its rows and their order; `budget`, `vote_type`, `num_projects` and `num_votes` are always written
 * from the election itself (appended if the META rows lack them). Missing values are written `None`.
 */
export function writePb(election: Election, options: WritePbOptions = {}): string {
  const eol = options.lineEnding ?? "\n";
  const out: string[] = [];
  const row = (cells: readonly string[]): void => {
    out.push(cells.map(quoteCell).join(";"));
  };

  const canonical = new Map<string, string>([
    ["num_projects", String(election.projects.length)],
    ["num_votes", String(election.voters.length)],
    ["budget", decimal(election.budget, "budget")],
    ["vote_type", election.voteType],
  ]);
  out.push("META");
  row(["key", "value"]);
  const written = new Set<string>();
  for (const { key, value } of election.meta) {
    written.add(key);
    if (key === "budget") {
      // Keep the file's own spelling ("100000.0") when it denotes the same amount.
      const same = Rational.parseDecimal(value)?.eq(election.budget) ?? false;
      row([key, same ? value : (canonical.get(key) as string)]);
    } else if (key === "vote_type") row([key, value.toLowerCase() === election.voteType ? value : election.voteType]);
    else row([key, canonical.get(key) ?? value]);
  }
  for (const [key, value] of canonical) if (!written.has(key)) row([key, value]);

  const projectColumns = withRequired(election.projectColumns, ["project_id", "cost"]);
  out.push("PROJECTS");
  row(projectColumns);
  for (const project of election.projects) {
    if (project.id.includes(",")) throw new PbWriteError(`project id ${JSON.stringify(project.id)} contains a comma`);
    row(
      projectColumns.map((column) => {
        if (column === "project_id") return project.id;
        if (column === "cost") return decimal(project.cost, `cost of project ${project.id}`);
        return project.fields[column] ?? "None";
      }),
    );
  }

  const voterColumns = withRequired(election.voterColumns, [
    "voter_id",
    "vote",
    ...(hasPoints(election.voteType) ? ["points"] : []),
  ]);
  out.push("VOTES");
  row(voterColumns);
  for (const voter of election.voters) {
    row(
      voterColumns.map((column) => {
        if (column === "voter_id") return voter.id;
        if (column === "vote") return voter.vote.join(",");
        if (column === "points" && voter.points !== undefined)
          return voter.points.map((points) => String(points)).join(",");
        return voter.fields[column] ?? "None";
      }),
    );
  }
  return out.join(eol) + eol;
}

function withRequired(columns: readonly string[], required: readonly string[]): string[] {
  const missing = required.filter((name) => !columns.includes(name));
  return [...missing, ...columns];
}

function decimal(value: Rational, what: string): string {
  if (!value.isFiniteDecimal()) throw new PbWriteError(`${what} (${value}) has no finite decimal form`);
  return value.toDecimalString();
}
