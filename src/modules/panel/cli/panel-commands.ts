/**
 * `gemeinsam panel …`: the selection core on the command line. Other tools depend on this
 * interface (issue 5, item 4), so names, options, the JSON shapes and exit codes stay as they are:
 *
 *   panel probabilities --categories F --respondents F --k N [--algorithm leximin|legacy]
 *                       [--households] [--json] [--runs N]
 *   panel draw --categories F --respondents F --k N --seed TEXT [--lottery-size M] [--json]
 *              [--households] [--write-list FILE]
 *
 * Exit codes: 0 success, 3 infeasible quotas (with a report), 1 anything else.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { drawPanelNumber, normaliseSeed } from "../domain/draw";
import { InfeasibleQuotasError, PanelInputError } from "../domain/errors";
import { estimateLegacyProbabilities } from "../domain/legacy";
import { findLeximinDistribution } from "../domain/leximin";
import { publishLottery } from "../domain/lottery-list";
import { roundToLottery } from "../domain/lottery-rounding";
import type { SelectionProblem } from "../domain/problem";
import { seededRandom } from "../domain/random";
import { readSelectionProblem } from "../domain/read-selection-problem";
import { type Highs, loadHighs } from "../domain/solver/highs-solver";

/** Infeasible quotas get their own exit code, so scripts can tell them from other failures. */
export const EXIT_INFEASIBLE = 3;
export const EXIT_FAILURE = 1;
/** Fixed seed for tie-breaking and rounding: the same input always gives the same list. */
const ALGORITHM_SEED = 20261122;

/** Where the commands write; tests pass their own. */
export interface PanelCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  exit(code: number): void;
}

const processIo: PanelCliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Setting the code instead of exiting lets pending output flush.
  exit: (code) => {
    process.exitCode = code;
  },
};

interface ProblemOptions {
  categories: string;
  respondents: string;
  k: string;
  households?: boolean;
  json?: boolean;
}

export function registerPanelCommands(program: Command, io: PanelCliIo = processIo): void {
  const panel = program.command("panel").description("citizen panel: fair selection by lottery with quotas (LEXIMIN)");

  withProblemOptions(panel.command("probabilities"))
    .description("each volunteer's selection probability under LEXIMIN or LEGACY")
    .option("--algorithm <name>", "leximin or legacy", "leximin")
    .option("--runs <n>", "LEGACY only: runs to estimate the probabilities from", "10000")
    .action(async (options: ProblemOptions & { algorithm: string; runs: string }) => {
      try {
        if (options.algorithm !== "leximin" && options.algorithm !== "legacy") {
          throw new PanelInputError({ code: "unknownAlgorithm", params: { algorithm: options.algorithm } });
        }
        const runs = wholeNumber(options.runs, "--runs");
        const problem = readProblem(options);
        const highs = options.algorithm === "leximin" ? await loadHighs() : undefined;
        const started = performance.now();
        const result = highs ? leximinSummary(problem, highs) : legacySummary(problem, runs);
        const ms = Math.round(performance.now() - started);
        const probabilities: Record<string, number> = {};
        problem.volunteers.forEach((volunteer, i) => {
          probabilities[volunteer.id] = result.probabilities[i] as number;
        });
        const minProbability = result.probabilities.reduce((min, p) => Math.min(min, p), Number.POSITIVE_INFINITY);
        if (options.json) {
          io.stdout(
            `${JSON.stringify({
              algorithm: options.algorithm,
              n: problem.volunteers.length,
              k: problem.k,
              min_probability: minProbability,
              probabilities,
              panels: result.panels,
              ms,
            })}\n`,
          );
        } else {
          const lines = [
            `${options.algorithm.toUpperCase()}: ${problem.volunteers.length} volunteers, panel size ${problem.k}, ` +
              `${result.panels} panels, smallest probability ${minProbability.toFixed(6)}, ${ms} ms`,
            ...result.notes,
            ...Object.entries(probabilities).map(([id, p]) => `${id}\t${p.toFixed(6)}`),
          ];
          io.stdout(`${lines.join("\n")}\n`);
        }
      } catch (error) {
        fail(io, error, options.json);
      }
    });

  withProblemOptions(panel.command("draw"))
    .description("round LEXIMIN to a lottery of M panels, publish its hash and draw one panel from a public seed")
    .requiredOption("--seed <text>", "the public seed, e.g. the numbers drawn at the public event")
    .option("--lottery-size <m>", "number of panels in the published list", "1000")
    .option("--write-list <file>", "also write the published list (to check the draw with docs/panel-verify.mjs)")
    .action(async (options: ProblemOptions & { seed: string; lotterySize: string; writeList?: string }) => {
      try {
        const size = wholeNumber(options.lotterySize, "--lottery-size");
        const seed = normaliseSeed(options.seed);
        const problem = readProblem(options);
        const highs = await loadHighs();
        const distribution = findLeximinDistribution(problem, { highs, random: seededRandom(ALGORITHM_SEED) });
        const lottery = roundToLottery(distribution, { highs, random: seededRandom(ALGORITHM_SEED), size });
        const published = publishLottery(problem, lottery.panels);
        if (options.writeList) writeFileSync(options.writeList, published.text, "utf8");
        const number = drawPanelNumber(published.hash, seed, size);
        const members = published.panels[number - 1] ?? [];
        if (options.json) {
          io.stdout(
            `${JSON.stringify({
              hash: published.hash,
              lottery_size: size,
              seed,
              panel_number: number,
              panel: members,
              max_deviation: lottery.maxDeviation,
            })}\n`,
          );
        } else {
          io.stdout(
            `${[
              `Published list: ${size} panels, SHA-256 ${published.hash}`,
              `Largest change of a probability by the rounding: ${lottery.maxDeviation.toFixed(6)} (1/M = ${(1 / size).toFixed(6)})`,
              `Seed: ${seed}`,
              `Drawn panel: number ${number}`,
              ...members,
            ].join("\n")}\n`,
          );
        }
      } catch (error) {
        fail(io, error, options.json);
      }
    });
}

function withProblemOptions(command: Command): Command {
  return command
    .requiredOption("--categories <file>", "quotas: categories.csv (category,feature,min,max) or features.csv")
    .requiredOption("--respondents <file>", "pool: respondents.csv or candidates.csv")
    .requiredOption("--k <n>", "panel size")
    .option("--households", "at most one member per household (column `household`)")
    .option("--json", "print one JSON object");
}

function leximinSummary(problem: SelectionProblem, highs: Highs) {
  const distribution = findLeximinDistribution(problem, { highs, random: seededRandom(ALGORITHM_SEED) });
  const notes = distribution.excluded.length
    ? [`In no feasible panel (probability 0): ${distribution.excluded.join(", ")}`]
    : [];
  return { probabilities: distribution.probabilities, panels: distribution.panels.length, notes };
}

function legacySummary(problem: SelectionProblem, runs: number) {
  const estimate = estimateLegacyProbabilities(problem, runs, seededRandom(ALGORITHM_SEED));
  const notes = [`Estimated from ${runs} runs (${estimate.failedAttempts} failed attempts repeated)`];
  return { probabilities: estimate.probabilities, panels: estimate.distinctPanels, notes };
}

function readProblem(options: ProblemOptions): SelectionProblem {
  const read = (path: string): string => {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new PanelInputError(
        code === "ENOENT" ? { code: "fileMissing" } : { code: "fileUnreadable", params: { reason: String(code) } },
        { file: path },
      );
    }
  };
  const { problem } = readSelectionProblem({
    quotas: { text: read(options.categories), file: options.categories },
    pool: { text: read(options.respondents), file: options.respondents },
    k: wholeNumber(options.k, "--k"),
    households: options.households ?? false,
  });
  if (problem.households && !problem.volunteers.some((v) => v.household)) {
    throw new PanelInputError({ code: "householdsWithoutColumn" }, { file: options.respondents });
  }
  return problem;
}

function wholeNumber(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new PanelInputError({ code: "optionNotWholeNumber", params: { option, text } });
  }
  return Number(text);
}

function fail(io: PanelCliIo, error: unknown, json: boolean | undefined): void {
  if (error instanceof InfeasibleQuotasError) {
    const { report } = error;
    if (json) {
      io.stdout(
        `${JSON.stringify({
          error: "infeasible",
          message: report.summary,
          conflicts: report.conflicts,
          relaxation: report.relaxation,
          relaxable: report.relaxable,
        })}\n`,
      );
    } else {
      io.stderr(`${report.summary}\n`);
    }
    io.exit(EXIT_INFEASIBLE);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (json) {
    const location = error instanceof PanelInputError ? error.location : {};
    io.stdout(
      `${JSON.stringify({ error: error instanceof PanelInputError ? "invalid_input" : "failed", message, ...location })}\n`,
    );
  } else {
    io.stderr(`gemeinsam panel: ${message}\n`);
  }
  io.exit(EXIT_FAILURE);
}
