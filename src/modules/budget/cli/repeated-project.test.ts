import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "gemeinsam-budget-repeat-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The budget commands in their own process, as `gemeinsam` runs them: errors go to stderr, exit code 1.
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

const election = [
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

describe("gemeinsam budget tally with a project repeated inside one vote", () => {
  const path = join(scratch, "repeat.pb");
  writeFileSync(path, election);

  it("refuses the file with the line number and exits non-zero", async () => {
    const run = await budgetCommand("budget", "tally", path, "--rule", "greedy_cost", "--json");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      'repeat.pb is not a valid .pb file: line 12: voter b lists project "8" more than once',
    );
  });

  it("with --lenient counts it once, warns on stderr with the line, and exits 0", async () => {
    const run = await budgetCommand("budget", "tally", path, "--rule", "greedy_cost", "--json", "--lenient");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`warning: ${path}, line 12: voter b lists project "8" more than once; counted once\n`);
    const result = JSON.parse(run.stdout) as { voters: number; selected: string[] };
    expect(result.voters).toBe(2);
    expect(result.selected).toEqual(["8", "7"]);
  });
});
