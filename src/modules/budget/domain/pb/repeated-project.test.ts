import { describe, expect, it } from "vitest";
import { PbFormatError } from "./pb-format-error";
import { type PbWarning, readPb } from "./read-pb";

const file = [
  "META",
  "key;value",
  "budget;100",
  "vote_type;approval",
  "PROJECTS",
  "project_id;cost",
  "7;40",
  "8;50",
  "VOTES",
  "voter_id;vote",
  "a;7,8",
  "b;8,8,8",
].join("\n");

describe("a project listed more than once on one ballot", () => {
  it("is refused, naming the line and the project, when asked to refuse", () => {
    expect(() => readPb(file, { repeatedProject: "refuse" })).toThrow(PbFormatError);
    expect(() => readPb(file, { repeatedProject: "refuse" })).toThrow(
      'line 12: voter b lists project "8" more than once',
    );
  });

  it("is counted once with a warning naming the line otherwise", () => {
    const warnings: PbWarning[] = [];
    const election = readPb(file, { onWarning: (w) => warnings.push(w) });
    expect(election.voters.find((v) => v.id === "b")?.vote).toEqual(["8"]);
    expect(warnings).toEqual([{ line: 12, message: 'voter b lists project "8" more than once; counted once' }]);
  });
});
