import { describe, expect, it } from "vitest";
import { Rational } from "../rational";
import { PbFormatError } from "./pb-format-error";
import { type PbWarning, readPb } from "./read-pb";

const EXAMPLE = `META
key;value
description;Example
country;Poland
unit;Example
instance;2024
num_projects;3
num_votes;4
budget;100000
vote_type;approval
rule;equalshares/add1
date_begin;2024
date_end;2024
PROJECTS
project_id;cost;name
1;5000;"Park; phase I"
2;10000;Library
3;85000;Bridge
VOTES
voter_id;vote
1;1,2
2;1
3;3
4;1,2,3
`;

/** The example with `lines` (1-based numbers of the original) replaced. */
function edit(replacements: Record<number, string>, text = EXAMPLE): string {
  return text
    .split("\n")
    .map((line, i) => replacements[i + 1] ?? line)
    .join("\n");
}

function failure(text: string): PbFormatError {
  try {
    readPb(text);
  } catch (error) {
    if (error instanceof PbFormatError) return error;
    throw error;
  }
  throw new Error("the file was read without complaint");
}

describe("readPb", () => {
  it("reads the three sections of a minimal file", () => {
    const election = readPb(EXAMPLE);
    expect(election.budget.eq(Rational.fromInteger(100000))).toBe(true);
    expect(election.voteType).toBe("approval");
    expect(election.projects.map((p) => p.id)).toEqual(["1", "2", "3"]);
    expect(election.projects[0]?.fields.name).toBe("Park; phase I");
    expect(election.projects[2]?.cost.eq(Rational.fromInteger(85000))).toBe(true);
    expect(election.voters.map((v) => v.vote)).toEqual([["1", "2"], ["1"], ["3"], ["1", "2", "3"]]);
    expect(election.meta.find((m) => m.key === "rule")?.value).toBe("equalshares/add1");
    expect(election.projectColumns).toEqual(["project_id", "cost", "name"]);
  });

  it("reads CRLF line ends, a byte-order mark, blank lines and spaces around cells", () => {
    const crlf = `\uFEFF${EXAMPLE.replaceAll("\n", "\r\n")}`;
    expect(readPb(crlf)).toEqual(readPb(EXAMPLE));
    const spaced = edit({ 2: "key; value", 16: ' 1 ; 5000 ; "Park; phase I" ' });
    const election = readPb(spaced.replace("VOTES\nvoter_id", "\n\nVOTES\n\nvoter_id"));
    expect(election.projects[0]?.id).toBe("1");
    expect(election.projects[0]?.fields.name).toBe("Park; phase I");
  });

  it("reads quoted cells with doubled quotes, None as a missing value, and decimal budgets", () => {
    const election = readPb(
      edit({
        9: "budget;2572946,76",
        15: "project_id;cost;name;category",
        16: '1;5000.50;"""Konikowo"" - Budowa; placu";None',
        17: "2;10000;Library;culture",
        18: '3;85000;"Bridge";"none"',
      }),
    );
    expect(election.budget.toString()).toBe("64323669/25");
    expect(election.budget.toDecimalString()).toBe("2572946.76");
    expect(election.projects[0]?.cost.toDecimalString()).toBe("5000.5");
    expect(election.projects[0]?.fields).toEqual({ name: '"Konikowo" - Budowa; placu', category: null });
    expect(election.projects[2]?.fields).toEqual({ name: "Bridge", category: null });
  });

  it("reads points of cumulative ballots and the order of ordinal ballots", () => {
    const cumulative = readPb(
      edit({
        10: "vote_type;cumulative",
        20: "voter_id;vote;points",
        21: "1;2,1;3,1",
        22: "2;1;4",
        23: "3;3;1",
        24: "4;3,1,2;2,1,1",
      }),
    );
    expect(cumulative.voters[0]).toMatchObject({ vote: ["2", "1"], points: [3, 1] });
    const ordinal = readPb(edit({ 10: "vote_type;ordinal", 24: "4;3,1,2" }));
    expect(ordinal.voters[3]?.vote).toEqual(["3", "1", "2"]);
    expect(readPb(edit({ 10: "vote_type;choose-1", 21: "1;1", 24: "4;2" })).voteType).toBe("choose-1");
    expect(readPb(edit({ 10: "vote_type;Approval" })).voteType).toBe("approval");
  });

  it("counts a project listed twice on one ballot once and says so", () => {
    const warnings: PbWarning[] = [];
    const approval = readPb(edit({ 21: "1;1,2,1" }), { onWarning: (w) => warnings.push(w) });
    expect(approval.voters[0]?.vote).toEqual(["1", "2"]);
    expect(warnings).toEqual([{ line: 21, message: expect.stringContaining("more than once") }]);
    const cumulative = readPb(
      edit({
        10: "vote_type;cumulative",
        20: "voter_id;vote;points",
        21: "1;1,1,2;1,2,1",
        22: "2;1;1",
        23: "3;3;1",
        24: "4;3;1",
      }),
    );
    // The last points given to a project count.
    expect(cumulative.voters[0]).toMatchObject({ vote: ["1", "2"], points: [2, 1] });
  });

  it("reads an empty ballot as a voter who supports nothing", () => {
    const election = readPb(edit({ 22: "2;" }));
    expect(election.voters[1]?.vote).toEqual([]);
  });

  describe("refuses malformed files with the line and the problem", () => {
    const cases: Array<[string, string, number, RegExp]> = [
      ["text before META", `hello\n${EXAMPLE}`, 1, /must start with a META section/],
      ["a wrong META header", edit({ 2: "name;value" }), 2, /META header must be key;value/],
      ["a META row without a value", edit({ 5: "unit" }), 5, /expected 2 cells/],
      ["a duplicate META key", edit({ 5: "country;Germany" }), 5, /appears twice/],
      ["no budget", edit({ 9: "currency;EUR" }), 1, /META has no budget/],
      ["a budget that is not a number", edit({ 9: "budget;lots" }), 9, /budget "lots" is not a non-negative number/],
      ["an unknown vote type", edit({ 10: "vote_type;ranked" }), 10, /vote_type "ranked" is not one of/],
      ["no cost column", edit({ 15: "project_id;price;name" }), 15, /PROJECTS has no cost column/],
      ["a row with too few cells", edit({ 17: "2;10000" }), 17, /expected 3 cells .* but found 2/],
      ["a row with too many cells", edit({ 17: "2;10000;Library;extra" }), 17, /expected 3 cells .* but found 4/],
      ["a duplicate project id", edit({ 18: "2;85000;Bridge" }), 18, /project "2" appears twice/],
      ["a negative cost", edit({ 17: "2;-10;Library" }), 17, /cost "-10" of project "2" is not a non-negative number/],
      ["a cost that is None", edit({ 17: "2;None;Library" }), 17, /cost "None"/],
      ["an unclosed quote", edit({ 16: '1;5000;"Park; phase I' }), 16, /quoted cell is not closed/],
      ["text after a closing quote", edit({ 16: '1;5000;"Park"x' }), 16, /unexpected text after a closing quote/],
      ["a vote for an unknown project", edit({ 23: "3;3,7" }), 23, /unknown project "7"/],
      ["an empty entry in a vote", edit({ 23: "3;3,,1" }), 23, /empty entry/],
      ["a duplicate voter", edit({ 23: "2;3" }), 23, /voter "2" appears twice/],
      [
        "num_projects that does not match",
        edit({ 7: "num_projects;4" }),
        7,
        /num_projects says 4 but the file has 3 PROJECTS rows/,
      ],
      [
        "num_votes that does not match",
        edit({ 8: "num_votes;5" }),
        8,
        /num_votes says 5 but the file has 4 VOTES rows/,
      ],
      ["sections out of order", edit({ 14: "VOTES" }), 14, /section VOTES found where PROJECTS was expected/],
      ["a missing VOTES section", EXAMPLE.slice(0, EXAMPLE.indexOf("VOTES")), 19, /no VOTES section/],
      [
        "a section without a header",
        EXAMPLE.slice(0, EXAMPLE.indexOf("voter_id")),
        20,
        /section VOTES has no header line/,
      ],
      [
        "a section with no header line",
        EXAMPLE.replace(/project_id;cost;name\n(.*\n){3}/, ""),
        15,
        /section PROJECTS has no header line/,
      ],
      [
        "points missing for cumulative ballots",
        edit({ 10: "vote_type;cumulative" }),
        20,
        /no points column, which cumulative ballots need/,
      ],
      [
        "points that do not match the vote",
        edit({
          10: "vote_type;cumulative",
          20: "voter_id;vote;points",
          21: "1;1,2;1",
          22: "2;1;1",
          23: "3;3;1",
          24: "4;3;1",
        }),
        21,
        /lists 2 projects but 1 points/,
      ],
    ];
    for (const [what, text, line, problem] of cases) {
      it(what, () => {
        const error = failure(text);
        expect(error.line).toBe(line);
        expect(error.problem).toMatch(problem);
        expect(error.message).toBe(`line ${line}: ${error.problem}`);
      });
    }
  });
});
