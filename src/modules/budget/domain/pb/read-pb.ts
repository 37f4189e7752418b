import {
  type Election,
  type ElectionProject,
  type ElectionVoter,
  hasPoints,
  isVoteType,
  type MetaEntry,
} from "../election";
import { Rational } from "../rational";
import { splitCells } from "./pb-cells";
import { PbFormatError } from "./pb-format-error";

export interface PbWarning {
  readonly line: number;
  readonly message: string;
}

export interface ReadPbOptions {
  /** Called for oddities that are read anyway (a project listed twice on one ballot). */
  readonly onWarning?: (warning: PbWarning) => void;
  /**
   * A project listed more than once on one ballot: counted once with a warning (`"warn"`, the
   * default) or refused as a format error naming the line (`"refuse"`).
   */
  readonly repeatedProject?: "warn" | "refuse";
}

type Section = "META" | "PROJECTS" | "VOTES";
const SECTION_ORDER: readonly Section[] = ["META", "PROJECTS", "VOTES"];

/** The literal `None` (any case) marks a missing value in pabulib files. */
function isNone(cell: string): boolean {
  return cell.length === 4 && cell.toLowerCase() === "none";
}

function sectionTitle(line: string): Section | undefined {
  // Cheap rejection first: this runs on every line of files with 100 000 ballots.
  if (line.length > 24) return undefined;
  const t = line
    .trim()
    .replace(/;+\s*$/, "")
    .trim()
    .toUpperCase();
  return t === "META" || t === "PROJECTS" || t === "VOTES" ? t : undefined;
}

function hasRepeat(values: readonly string[]): boolean {
  if (values.length > 16) return new Set(values).size !== values.length;
  for (let i = 1; i < values.length; i++) for (let j = 0; j < i; j++) if (values[i] === values[j]) return true;
  return false;
}

const BLANK = /^\s*$/;

/**
 * Reads a pabulib `.pb` file (META, PROJECTS and VOTES sections; `;`-separated cells, optionally
 * quoted; CRLF or LF line ends; an optional byte-order mark). Throws a PbFormatError naming the line
 * and the problem for anything malformed: missing or misplaced sections, a missing column, a row with
 * the wrong number of cells, a duplicate id, a cost or budget that is not a non-negative decimal, a
 * vote for an unknown project, points that do not match the vote, or counts that contradict
 * `num_projects` / `num_votes`.
 *
 * A project listed twice on one ballot is counted once (for points ballots the last points count),
 * reported through `onWarning`, or refused with `repeatedProject: "refuse"`.
 */
export function readPb(text: string, options: ReadPbOptions = {}): Election {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  const warn = options.onWarning ?? (() => {});

  let section: Section | undefined;
  let header: string[] | undefined;
  let sectionLine = 0;
  const seen = new Set<Section>();

  const meta: MetaEntry[] = [];
  const metaLine = new Map<string, number>();
  const projectColumns: string[] = [];
  const projects: ElectionProject[] = [];
  const projectIndex = new Map<string, number>();
  const voterColumns: string[] = [];
  const voters: ElectionVoter[] = [];
  const voterIds = new Set<string>();
  let voteType: Election["voteType"] | undefined;
  let budget: Rational | undefined;
  let voteColumn = -1;
  let pointsColumn = -1;
  let voterIdColumn = -1;
  let lastLine = 0;

  const finishMeta = (): void => {
    const budgetText = meta.find((e) => e.key === "budget")?.value;
    if (budgetText === undefined) throw new PbFormatError(sectionLine, "META has no budget");
    const parsedBudget = Rational.parseDecimal(budgetText);
    if (!parsedBudget || parsedBudget.sign() < 0) {
      throw new PbFormatError(
        metaLine.get("budget") ?? sectionLine,
        `budget ${JSON.stringify(budgetText)} is not a non-negative number`,
      );
    }
    budget = parsedBudget;
    const typeText = meta.find((e) => e.key === "vote_type")?.value;
    if (typeText === undefined) throw new PbFormatError(sectionLine, "META has no vote_type");
    if (!isVoteType(typeText.toLowerCase())) {
      throw new PbFormatError(
        metaLine.get("vote_type") ?? sectionLine,
        `vote_type ${JSON.stringify(typeText)} is not one of approval, choose-1, cumulative, ordinal, scoring`,
      );
    }
    voteType = typeText.toLowerCase() as Election["voteType"];
  };

  const startHeader = (cells: string[], lineNumber: number): void => {
    const names = cells.map((c) => c.trim());
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate !== undefined)
      throw new PbFormatError(lineNumber, `column ${JSON.stringify(duplicate)} appears twice`);
    if (names.some((name) => name === "")) throw new PbFormatError(lineNumber, "a column has no name");
    if (section === "META") {
      if (names.length !== 2 || names[0]?.toLowerCase() !== "key" || names[1]?.toLowerCase() !== "value") {
        throw new PbFormatError(lineNumber, "the META header must be key;value");
      }
    } else if (section === "PROJECTS") {
      for (const required of ["project_id", "cost"]) {
        if (!names.includes(required)) throw new PbFormatError(lineNumber, `PROJECTS has no ${required} column`);
      }
      projectColumns.push(...names);
      fieldColumns = names.flatMap((name, i) => (name === "project_id" || name === "cost" ? [] : [i]));
    } else {
      for (const required of ["voter_id", "vote"]) {
        if (!names.includes(required)) throw new PbFormatError(lineNumber, `VOTES has no ${required} column`);
      }
      if (voteType && hasPoints(voteType) && !names.includes("points")) {
        throw new PbFormatError(lineNumber, `VOTES has no points column, which ${voteType} ballots need`);
      }
      voterColumns.push(...names);
      voteColumn = names.indexOf("vote");
      voterIdColumn = names.indexOf("voter_id");
      pointsColumn = names.indexOf("points");
      const pointsUsed = voteType !== undefined && hasPoints(voteType);
      fieldColumns = names.flatMap((name, i) =>
        name === "voter_id" || name === "vote" || (pointsUsed && name === "points") ? [] : [i],
      );
    }
    header = names;
  };

  // Positions of the columns kept as plain fields, per section.
  let fieldColumns: number[] = [];
  const fieldsOf = (cells: string[], columns: readonly string[]): Record<string, string | null> => {
    const fields: Record<string, string | null> = {};
    for (const i of fieldColumns) {
      const cell = cells[i] as string;
      fields[columns[i] as string] = isNone(cell) ? null : cell;
    }
    return fields;
  };

  const readProject = (cells: string[], lineNumber: number): void => {
    const id = cells[projectColumns.indexOf("project_id")] as string;
    if (id === "" || isNone(id)) throw new PbFormatError(lineNumber, "project without a project_id");
    if (projectIndex.has(id)) throw new PbFormatError(lineNumber, `project ${JSON.stringify(id)} appears twice`);
    const costText = cells[projectColumns.indexOf("cost")] as string;
    const cost = Rational.parseDecimal(costText);
    if (!cost || cost.sign() < 0) {
      throw new PbFormatError(
        lineNumber,
        `cost ${JSON.stringify(costText)} of project ${JSON.stringify(id)} is not a non-negative number`,
      );
    }
    projectIndex.set(id, projects.length);
    projects.push({ id, cost, fields: fieldsOf(cells, projectColumns) });
  };

  const readVoter = (cells: string[], lineNumber: number): void => {
    const id = cells[voterIdColumn] as string;
    if (id === "" || isNone(id)) throw new PbFormatError(lineNumber, "vote without a voter_id");
    if (voterIds.has(id)) throw new PbFormatError(lineNumber, `voter ${JSON.stringify(id)} appears twice`);
    voterIds.add(id);
    const voteText = cells[voteColumn] as string;
    const listed = voteText === "" || isNone(voteText) ? [] : voteText.split(",").map((s) => s.trim());
    for (const projectId of listed) {
      if (projectId === "")
        throw new PbFormatError(lineNumber, `the vote ${JSON.stringify(voteText)} has an empty entry`);
      if (!projectIndex.has(projectId)) {
        throw new PbFormatError(lineNumber, `the vote lists unknown project ${JSON.stringify(projectId)}`);
      }
    }
    const usePoints = voteType !== undefined && hasPoints(voteType);
    let points: number[] | undefined;
    if (usePoints) {
      const pointsText = cells[pointsColumn] as string;
      const rawPoints = pointsText === "" || isNone(pointsText) ? [] : pointsText.split(",").map((s) => s.trim());
      if (rawPoints.length !== listed.length) {
        throw new PbFormatError(lineNumber, `the vote lists ${listed.length} projects but ${rawPoints.length} points`);
      }
      points = rawPoints.map((raw) => {
        const value = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isFinite(value))
          throw new PbFormatError(lineNumber, `points ${JSON.stringify(raw)} is not a number`);
        return value;
      });
    }
    let vote = listed;
    if (hasRepeat(listed)) {
      const twice = listed.find((projectId, i) => listed.indexOf(projectId) !== i) as string;
      if (options.repeatedProject === "refuse")
        throw new PbFormatError(lineNumber, `voter ${id} lists project ${JSON.stringify(twice)} more than once`);
      warn({
        line: lineNumber,
        message: `voter ${id} lists project ${JSON.stringify(twice)} more than once; counted once`,
      });
      if (points) {
        // The last points given to a project count, at the position of its first mention.
        const lastPoints = new Map<string, number>();
        listed.forEach((projectId, i) => {
          lastPoints.set(projectId, points?.[i] as number);
        });
        vote = [...lastPoints.keys()];
        points = vote.map((projectId) => lastPoints.get(projectId) as number);
      } else vote = [...new Set(listed)];
    }
    voters.push({ id, vote, ...(points ? { points } : {}), fields: fieldsOf(cells, voterColumns) });
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const lineNumber = index + 1;
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && BLANK.test(line))) continue;
    lastLine = lineNumber;
    const title = sectionTitle(line);
    if (title) {
      const expected = SECTION_ORDER[seen.size];
      if (title !== expected) {
        throw new PbFormatError(
          lineNumber,
          seen.has(title) ? `section ${title} appears twice` : `section ${title} found where ${expected} was expected`,
        );
      }
      if (section !== undefined && header === undefined)
        throw new PbFormatError(lineNumber, `section ${section} has no header line`);
      if (section === "META") finishMeta();
      seen.add(title);
      section = title;
      sectionLine = lineNumber;
      header = undefined;
      continue;
    }
    if (section === undefined) throw new PbFormatError(lineNumber, "the file must start with a META section");
    const cells = splitCells(line, lineNumber);
    if (header === undefined) {
      startHeader(cells, lineNumber);
      continue;
    }
    if (cells.length !== header.length) {
      throw new PbFormatError(
        lineNumber,
        `expected ${header.length} cells (${header.join(";")}) but found ${cells.length}`,
      );
    }
    if (section === "META") {
      const key = cells[0] as string;
      if (key === "") throw new PbFormatError(lineNumber, "META row without a key");
      if (metaLine.has(key)) throw new PbFormatError(lineNumber, `META key ${JSON.stringify(key)} appears twice`);
      metaLine.set(key, lineNumber);
      meta.push({ key, value: cells[1] as string });
    } else if (section === "PROJECTS") readProject(cells, lineNumber);
    else readVoter(cells, lineNumber);
  }

  const endLine = lastLine + 1;
  for (const expected of SECTION_ORDER) {
    if (!seen.has(expected)) throw new PbFormatError(endLine, `the file has no ${expected} section`);
  }
  if (header === undefined) throw new PbFormatError(endLine, "section VOTES has no header line");
  checkCount(meta, metaLine, "num_projects", projects.length, "PROJECTS rows");
  checkCount(meta, metaLine, "num_votes", voters.length, "VOTES rows");

  return {
    meta,
    budget: budget as Rational,
    voteType: voteType as Election["voteType"],
    projectColumns,
    projects,
    voterColumns,
    voters,
  };
}

function checkCount(
  meta: readonly MetaEntry[],
  metaLine: ReadonlyMap<string, number>,
  key: string,
  actual: number,
  what: string,
): void {
  const raw = meta.find((e) => e.key === key)?.value;
  if (raw === undefined) return;
  const line = metaLine.get(key) ?? 1;
  if (!/^\d+$/.test(raw.trim())) throw new PbFormatError(line, `${key} ${JSON.stringify(raw)} is not a whole number`);
  if (Number(raw) !== actual) throw new PbFormatError(line, `${key} says ${raw} but the file has ${actual} ${what}`);
}
