import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { type Command, Option } from "commander";
import type { Election } from "../domain/election";
import { TallyError } from "../domain/errors";
import type { ProjectExplanation, TallyOutcome } from "../domain/outcome";
import { PbFormatError } from "../domain/pb/pb-format-error";
import { readPb } from "../domain/pb/read-pb";
import type { Rational } from "../domain/rational";
import { RULES, type RuleName } from "../domain/rules";
import { tally } from "../domain/tally";

/** A refused `budget` command: the message goes to stderr and the exit code is 1. */
export class BudgetCommandFailed extends Error {
  override readonly name = "BudgetCommandFailed";
}

export interface TallyCommandOptions {
  readonly rule: RuleName;
  readonly applyThreshold?: boolean;
  readonly json?: boolean;
  /** Accept a project listed more than once on one ballot (counted once, with a warning on stderr). */
  readonly lenient?: boolean;
  /** Where warnings go (stderr by default). */
  readonly warn?: (line: string) => void;
}

/**
 * `gemeinsam budget tally FILE.pb --rule RULE [--apply-threshold] [--json]`. With `--json` it prints
 * exactly one JSON object — {"rule","selected","cost","budget","projects","voters","ms"}, `selected`
 * in selection order and `ms` the time spent in the rule without reading the file — which other tools
 * rely on; otherwise a table with the reason for every project.
 */
export function registerBudgetCommands(program: Command): void {
  const budget = program.command("budget").description("Citizen budget: tally elections");
  budget
    .command("tally")
    .description("Tally a pabulib .pb election with a rule and explain every project")
    .argument("<file>", "election in the pabulib .pb format")
    .addOption(new Option("--rule <rule>", "tally rule").choices(RULES).makeOptionMandatory())
    .option("--apply-threshold", "apply the election's min_project_score_threshold (off by default)")
    .option("--json", "print one JSON object instead of a table")
    .option(
      "--lenient",
      "count a project listed more than once on one ballot once, with a warning, instead of refusing the file",
    )
    .action(async (file: string, options: TallyCommandOptions) => {
      for (const line of await tallyCommand(file, options)) process.stdout.write(`${line}\n`);
    });
}

/** Runs the tally of one file and returns the lines to print; throws BudgetCommandFailed. */
export async function tallyCommand(file: string, options: TallyCommandOptions): Promise<string[]> {
  const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  const election = await readElection(file, options.lenient === true, warn);
  const started = performance.now();
  let outcome: TallyOutcome;
  try {
    outcome = tally(election, options.rule, { applyThreshold: options.applyThreshold === true });
  } catch (error) {
    if (error instanceof TallyError) throw new BudgetCommandFailed(`${file}: ${error.message}`);
    throw error;
  }
  const ms = performance.now() - started;
  if (options.json) return [tallyJson(election, outcome, ms)];
  return tallyTable(file, election, outcome, ms);
}

async function readElection(file: string, lenient: boolean, warn: (line: string) => void): Promise<Election> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new BudgetCommandFailed(`cannot read ${file} (${reason})`);
  }
  try {
    return readPb(text, {
      repeatedProject: lenient ? "warn" : "refuse",
      onWarning: (w) => warn(`warning: ${file}, line ${w.line}: ${w.message}`),
    });
  } catch (error) {
    if (error instanceof PbFormatError)
      throw new BudgetCommandFailed(`${file} is not a valid .pb file: ${error.message}`);
    throw error;
  }
}

/** A JSON number literal for an amount: exact for decimal amounts (all pabulib costs and budgets). */
function amountLiteral(value: Rational): string {
  return value.isFiniteDecimal() ? value.toDecimalString() : String(value.toNumber());
}

function tallyJson(election: Election, outcome: TallyOutcome, ms: number): string {
  return [
    `{"rule":${JSON.stringify(outcome.rule)}`,
    `"selected":${JSON.stringify(outcome.selected)}`,
    `"cost":${amountLiteral(outcome.totalCost)}`,
    `"budget":${amountLiteral(outcome.budget)}`,
    `"projects":${election.projects.length}`,
    `"voters":${election.voters.length}`,
    `"ms":${Math.round(ms * 1000) / 1000}}`,
  ].join(",");
}

function money(value: Rational): string {
  const [whole = "", fraction] = value.toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === "00" ? grouped : `${grouped}.${fraction}`;
}

function describe(e: ProjectExplanation): string {
  if (e.funded) {
    const how = e.stage === "completion" ? "added by the greedy completion" : "funded";
    const price = e.price ? `, ${money(e.price.amount)} per ${e.price.per}` : "";
    return `${how} in round ${e.round}${price}`;
  }
  switch (e.reason) {
    case "does-not-fit":
      return `not funded: does not fit${e.budgetLeft ? ` (budget left ${money(e.budgetLeft)})` : ""}`;
    case "insufficient-support":
      return `not funded: its supporters had too little money left${e.supportersMoneyLeft ? ` (${money(e.supportersMoneyLeft)})` : ""}`;
    case "below-threshold":
      return `not funded: score ${e.score ?? "?"} below the threshold ${e.threshold ?? "?"}`;
    case "no-support":
      return "not funded: nobody voted for it";
  }
}

function tallyTable(file: string, election: Election, outcome: TallyOutcome, ms: number): string[] {
  const lines = [
    `${basename(file)} — rule ${outcome.rule}`,
    `budget ${money(outcome.budget)} · ${election.projects.length} projects · ${election.voters.length} voters · ` +
      `${outcome.selected.length} funded for ${money(outcome.totalCost)} · ${ms.toFixed(1)} ms`,
  ];
  if (outcome.perVoterBudget) lines.push(`each voter's share in the deciding run: ${money(outcome.perVoterBudget)}`);
  const funded = outcome.explanations
    .filter((e) => e.funded)
    .sort((a, b) => (a.funded && b.funded ? a.round - b.round : 0));
  const rows = [...funded, ...outcome.explanations.filter((e) => !e.funded)].map((e) => [
    e.funded ? String(e.round) : "",
    e.projectId,
    money(e.cost),
    String(e.supporters),
    describe(e),
  ]);
  const header = ["#", "project", "cost", "supporters", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const format = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 2 || i === 3 ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join("  ")
      .trimEnd();
  lines.push("", format(header), ...rows.map(format));
  return lines;
}
