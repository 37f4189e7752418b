import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BudgetCommandFailed, tallyCommand } from "./budget-commands";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const assen = join(root, "tests/fixtures/pb/Netherlands_Assen_2024.pb");
const scratch = mkdtempSync(join(tmpdir(), "gemeinsam-budget-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A program with only the budget commands, run in its own process the way `gemeinsam` runs them:
// errors go to stderr and set exit code 1.
const entry = `
import { Command } from "commander";
const { registerBudgetCommands } = await import(process.argv[1]);
const program = new Command("gemeinsam");
registerBudgetCommands(program);
try {
  await program.parseAsync(process.argv.slice(2), { from: "user" });
} catch (error) {
  process.stderr.write("gemeinsam: " + error.message + "\\n");
  process.exitCode = 1;
}`;

function budgetCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = pathToFileURL(join(root, "src/modules/budget/cli/budget-commands.ts")).href;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", entry, cli, ...args],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("gemeinsam budget tally", () => {
  it("prints exactly one JSON object with the agreed fields", async () => {
    const run = await budgetCommand("budget", "tally", assen, "--rule", "mes_cost", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(["rule", "selected", "cost", "budget", "projects", "voters", "ms"]);
    // The reference outcome of this election (reference-outcomes.jsonl).
    expect(result).toMatchObject({
      rule: "mes_cost",
      selected: ["3", "9", "2", "13", "11", "14", "12"],
      cost: 60700,
      budget: 100000,
      projects: 14,
      voters: 84,
    });
    expect(typeof result.ms).toBe("number");
  });

  it("refuses an unknown rule and an unreadable file with a message and exit code 1", async () => {
    const rule = await budgetCommand("budget", "tally", assen, "--rule", "majority");
    expect(rule.code).toBe(1);
    expect(rule.stdout).toBe("");
    expect(rule.stderr).toMatch(
      /argument 'majority' is invalid\. Allowed choices are greedy_cost, greedy_card, mes_cost/,
    );
    const missing = await budgetCommand("budget", "tally", join(scratch, "missing.pb"), "--rule", "mes_cost");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^gemeinsam: cannot read .*missing\.pb \(ENOENT\)\n$/);
  });

  it("names the line of a malformed file", async () => {
    const broken = join(scratch, "broken.pb");
    writeFileSync(
      broken,
      "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\n",
    );
    await expect(tallyCommand(broken, { rule: "mes_cost" })).rejects.toThrow(BudgetCommandFailed);
    await expect(tallyCommand(broken, { rule: "mes_cost" })).rejects.toThrow(
      /broken\.pb is not a valid \.pb file: line 7: cost "ten" of project "1" is not a non-negative number/,
    );
  });

  it("prints a readable table with the reason for every project", async () => {
    const lines = await tallyCommand(assen, { rule: "greedy_cost" });
    expect(lines[0]).toBe("Netherlands_Assen_2024.pb — rule greedy_cost");
    expect(lines[1]).toMatch(/^budget 100 000 · 14 projects · 84 voters · 7 funded for 99 200 · [\d.]+ ms$/);
    expect(lines).toContain("#  project    cost  supporters  result");
    expect(lines.find((line) => line.startsWith("1  3 "))).toMatch(/7 200\s+43\s+funded in round 1$/);
    expect(lines.filter((line) => line.includes("not funded: does not fit"))).toHaveLength(7);
  });

  it("applies the score threshold only with --apply-threshold", async () => {
    const gdynia = join(root, "tests/fixtures/pb/Poland_Gdynia_2020_Orlowo__small.pb");
    const plain = JSON.parse((await tallyCommand(gdynia, { rule: "greedy_cost", json: true }))[0] as string);
    const strict = JSON.parse(
      (await tallyCommand(gdynia, { rule: "greedy_cost", json: true, applyThreshold: true }))[0] as string,
    );
    // Gdynia's threshold is 50 votes: project 2 (43 votes) is funded only without it.
    expect(plain.selected).toEqual(["8", "7", "1", "6", "2"]);
    expect(strict.selected).toEqual(["8", "7", "1", "6"]);
    const table = await tallyCommand(gdynia, { rule: "greedy_cost", applyThreshold: true });
    expect(table.find((line) => /^\s+2\s/.test(line))).toMatch(/not funded: score 43 below the threshold 50$/);
  });
});
