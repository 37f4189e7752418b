/**
 * `gemeinsam panel …` through its injectable io: the JSON shapes other tools rely on, the exit
 * codes, a reproducible draw, and readable reports for infeasible quotas and bad input.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { FIXTURE_DIR } from "../../../../tests/support/panel/sortition-fixtures";
import { EXIT_FAILURE, EXIT_INFEASIBLE, registerPanelCommands } from "./panel-commands";

interface Outcome {
  stdout: string;
  stderr: string;
  code: number | undefined;
}

async function cli(...args: string[]): Promise<Outcome> {
  const outcome: Outcome = { stdout: "", stderr: "", code: undefined };
  const program = new Command().exitOverride();
  registerPanelCommands(program, {
    stdout: (text) => {
      outcome.stdout += text;
    },
    stderr: (text) => {
      outcome.stderr += text;
    },
    exit: (code) => {
      outcome.code = code;
    },
  });
  await program.parseAsync(["panel", ...args], { from: "user" });
  return outcome;
}

const small = [
  "--categories",
  `${FIXTURE_DIR}example_small_20/categories.csv`,
  "--respondents",
  `${FIXTURE_DIR}example_small_20/respondents.csv`,
  "--k",
  "20",
];
const sfa = [
  "--categories",
  `${FIXTURE_DIR}sfa_fixture_150_22/features.csv`,
  "--respondents",
  `${FIXTURE_DIR}sfa_fixture_150_22/candidates.csv`,
  "--k",
  "22",
];

function tempFiles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "panel-cli-"));
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return [name, join(dir, name)];
    }),
  );
}

describe("panel probabilities", () => {
  it("--json prints exactly one JSON object with the agreed keys", async () => {
    const { stdout, stderr, code } = await cli("probabilities", ...small, "--json");
    expect(code).toBeUndefined();
    expect(stderr).toBe("");
    expect(stdout.endsWith("\n")).toBe(true);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["algorithm", "n", "k", "min_probability", "probabilities", "panels", "ms"]);
    expect(result).toMatchObject({ algorithm: "leximin", n: 200, k: 20 });
    expect(result.min_probability).toBeCloseTo(0.1, 6);
    expect(Object.keys(result.probabilities)).toHaveLength(200);
    const sum = Object.values(result.probabilities as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(20, 6);
    expect(result.panels).toBeGreaterThan(0);
    expect(Number.isInteger(result.ms)).toBe(true);
  });

  it("--algorithm legacy --runs 500 estimates from 500 runs", async () => {
    const { stdout, code } = await cli("probabilities", ...sfa, "--algorithm", "legacy", "--runs", "500", "--json");
    expect(code).toBeUndefined();
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ algorithm: "legacy", n: 150, k: 22 });
    const probabilities = Object.values(result.probabilities as Record<string, number>);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(22, 9);
    for (const p of probabilities) expect(Math.round(p * 500)).toBeCloseTo(p * 500, 9);
  });

  it("prints a summary line and one line per volunteer without --json", async () => {
    const { stdout } = await cli("probabilities", ...small);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^LEXIMIN: 200 volunteers, panel size 20, \d+ panels, smallest probability 0\.100000, \d+ ms$/,
    );
    expect(lines).toContain("0\t0.100000");
    expect(lines).toHaveLength(201);
  });
});

describe("panel draw", () => {
  it("publishes the list hash and draws the same panel for the same seed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "panel-cli-"));
    const list = join(dir, "lottery.txt");
    const first = await cli("draw", ...sfa, "--seed", " 3 1 4 1 5 ", "--lottery-size", "200", "--write-list", list);
    const again = await cli("draw", ...sfa, "--seed", "3 1 4 1 5", "--lottery-size", "200");
    expect(first.code).toBeUndefined();
    expect(again.stdout).toBe(first.stdout);
    const lines = first.stdout.trimEnd().split("\n");
    const hash = createHash("sha256").update(readFileSync(list)).digest("hex");
    expect(lines[0]).toBe(`Published list: 200 panels, SHA-256 ${hash}`);
    expect(lines[2]).toBe("Seed: 3 1 4 1 5");
    expect(lines[3]).toMatch(/^Drawn panel: number \d+$/);
    const ids = lines.slice(4);
    expect(ids).toHaveLength(22);
    const number = Number(lines[3]?.split(" ").pop());
    const listed = readFileSync(list, "utf8").split("\n")[number - 1];
    expect(listed).toBe(`${number}: ${ids.join(" ")}`);
  });

  it("--json gives hash, panel number and ids; another seed (almost surely) another panel", async () => {
    const one = JSON.parse((await cli("draw", ...small, "--seed", "17", "--json")).stdout);
    const two = JSON.parse((await cli("draw", ...small, "--seed", "18", "--json")).stdout);
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(two.hash).toBe(one.hash);
    expect(one).toMatchObject({ lottery_size: 1000, seed: "17" });
    expect(one.panel_number).toBeGreaterThanOrEqual(1);
    expect(one.panel_number).toBeLessThanOrEqual(1000);
    expect(one.panel).toHaveLength(20);
    expect(one.max_deviation).toBeLessThanOrEqual(1 / 1000 + 1e-9);
    expect(two.panel_number).not.toBe(one.panel_number);
  });

  it("refuses a blank seed", async () => {
    const { stderr, code } = await cli("draw", ...small, "--seed", "   ");
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toBe("gemeinsam panel: the public seed is empty\n");
  });
});

describe("failures", () => {
  const infeasible = () =>
    tempFiles({
      "categories.csv": "category,feature,min,max\ngender,female,3,4\ngender,male,0,4\n",
      "respondents.csv": "id,gender\na,female\nb,female\nc,male\nd,male\ne,male\n",
    });

  it("infeasible quotas: exit code 3 and a report in words", async () => {
    const files = infeasible();
    const { stderr, stdout, code } = await cli(
      "probabilities",
      "--categories",
      files["categories.csv"] as string,
      "--respondents",
      files["respondents.csv"] as string,
      "--k",
      "4",
    );
    expect(code).toBe(EXIT_INFEASIBLE);
    expect(stdout).toBe("");
    expect(stderr).toContain("No panel satisfies all quotas.");
    expect(stderr).toContain("only 2 eligible volunteers have gender: female, but the minimum is 3");
    expect(stderr).toContain("- gender: female: min 3 → 2");
  });

  it('infeasible quotas with --json: one object with error "infeasible"', async () => {
    const files = infeasible();
    const { stdout, code } = await cli(
      "draw",
      "--categories",
      files["categories.csv"] as string,
      "--respondents",
      files["respondents.csv"] as string,
      "--k",
      "4",
      "--seed",
      "1",
      "--json",
    );
    expect(code).toBe(EXIT_INFEASIBLE);
    const result = JSON.parse(stdout);
    expect(result.error).toBe("infeasible");
    expect(result.relaxable).toBe(true);
    expect(result.relaxation).toEqual([{ feature: "gender", value: "female", bound: "min", from: 3, to: 2 }]);
    expect(result.message).toContain("No panel satisfies all quotas.");
  });

  it("bad input: exit code 1 with file, row and column", async () => {
    const files = tempFiles({
      "categories.csv": "category,feature,min,max\ngender,female,1,2\ngender,male,1,2\n",
      "respondents.csv": "id,gender\na,female\nb,unknown\n",
    });
    const args = [
      "--categories",
      files["categories.csv"] as string,
      "--respondents",
      files["respondents.csv"] as string,
      "--k",
      "2",
    ];
    const text = await cli("probabilities", ...args);
    expect(text.code).toBe(EXIT_FAILURE);
    expect(text.stderr).toBe(
      `gemeinsam panel: ${files["respondents.csv"]}, row 3, column "gender": "unknown" is not a value of "gender" (known: female, male)\n`,
    );
    const json = JSON.parse((await cli("probabilities", ...args, "--json")).stdout);
    expect(json).toMatchObject({ error: "invalid_input", file: files["respondents.csv"], row: 3, column: "gender" });
  });

  it.each([
    [["--k", "abc"], '--k must be a whole number ≥ 1, not "abc"'],
    [["--k", "0"], '--k must be a whole number ≥ 1, not "0"'],
    [["--k", "500"], "the panel size k = 500 is larger than the pool (200 volunteers)"],
    [["--k", "20", "--algorithm", "greedy"], 'unknown algorithm "greedy" (use leximin or legacy)'],
    [["--k", "20", "--algorithm", "legacy", "--runs", "many"], '--runs must be a whole number ≥ 1, not "many"'],
  ])("refuses %j", async (extra, message) => {
    const base = small.slice(0, 4);
    const { stderr, code } = await cli("probabilities", ...base, ...extra);
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain(message);
  });

  it("names a file that does not exist", async () => {
    const { stderr, code } = await cli(
      "probabilities",
      "--categories",
      "/nonexistent/categories.csv",
      "--respondents",
      "x.csv",
      "--k",
      "2",
    );
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toBe("gemeinsam panel: /nonexistent/categories.csv: the file does not exist\n");
  });
});
