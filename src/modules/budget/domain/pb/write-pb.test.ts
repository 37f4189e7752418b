import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Election } from "../election";
import { Rational } from "../rational";
import { PbWriteError } from "./pb-format-error";
import { readPb } from "./read-pb";
import { writePb } from "./write-pb";

const fixtures = fileURLToPath(new URL("../../../../../tests/fixtures/pb/", import.meta.url));

const election: Election = {
  meta: [
    { key: "description", value: "Kiezkasse; Mitte" },
    { key: "budget", value: "1000.0" },
    { key: "vote_type", value: "cumulative" },
  ],
  budget: Rational.fromInteger(1000),
  voteType: "cumulative",
  projectColumns: ["project_id", "cost", "name", "category"],
  projects: [
    {
      id: "A1",
      cost: Rational.parseDecimal("250.75") as Rational,
      fields: { name: '"Grün" am Platz', category: null },
    },
    { id: "B2", cost: Rational.fromInteger(500), fields: { name: " Bank ", category: "Sport" } },
  ],
  voterColumns: ["voter_id", "vote", "points", "district"],
  voters: [
    { id: "1", vote: ["A1", "B2"], points: [2, 1], fields: { district: "Mitte" } },
    { id: "2", vote: [], points: [], fields: { district: null } },
  ],
};

describe("writePb", () => {
  it("writes a file that reads back to the same election", () => {
    const text = writePb(election);
    const back = readPb(text);
    expect(back.projects).toEqual(election.projects);
    expect(back.voters).toEqual(election.voters);
    expect(back.budget.eq(election.budget)).toBe(true);
    // num_projects and num_votes are added; the file's own spelling of the budget is kept.
    expect(back.meta).toEqual([
      ...election.meta,
      { key: "num_projects", value: "2" },
      { key: "num_votes", value: "2" },
    ]);
    expect(writePb(back)).toBe(text);
  });

  it("quotes cells that need it and writes None for missing values", () => {
    const text = writePb(election);
    expect(text).toContain('description;"Kiezkasse; Mitte"');
    expect(text).toContain('A1;250.75;"""Grün"" am Platz";None');
    expect(text).toContain('B2;500;" Bank ";Sport');
    expect(text).toContain("1;A1,B2;2,1;Mitte");
    expect(text).toContain("2;;;None");
  });

  it("writes CRLF when asked", () => {
    const text = writePb(election, { lineEnding: "\r\n" });
    expect(text.split("\r\n").length).toBe(text.split("\n").length);
    expect(readPb(text)).toEqual(readPb(writePb(election)));
  });

  it("keeps budget and vote type in step with the election", () => {
    const changed = { ...election, budget: Rational.parseDecimal("1234.5") as Rational, voteType: "scoring" as const };
    const back = readPb(writePb(changed));
    expect(back.budget.toDecimalString()).toBe("1234.5");
    expect(back.voteType).toBe("scoring");
  });

  it("refuses what the format cannot hold", () => {
    expect(() => writePb({ ...election, budget: Rational.of(1000, 3) })).toThrow(PbWriteError);
    const comma = { ...election, projects: [{ id: "A,1", cost: Rational.ONE, fields: {} }], voters: [] };
    expect(() => writePb(comma)).toThrow(/contains a comma/);
  });

  it("round-trips the fixtures", () => {
    // Every fixture except the three largest plain approval / choose-1 files (3–4 MB each, nothing
    // their smaller kin do not cover), to keep the suite quick.
    const largest = ["Poland_Lodz_2022.pb", "Poland_Wroclaw_2020.pb", "Poland_Warszawa_2026.pb"];
    const files = readdirSync(fixtures).filter((f) => f.endsWith(".pb") && !largest.includes(f));
    expect(files.length).toBe(18);
    for (const file of files) {
      const original = readPb(readFileSync(`${fixtures}${file}`, "utf8"));
      const again = readPb(writePb(original));
      expect(again, file).toEqual(original);
    }
  });
});
