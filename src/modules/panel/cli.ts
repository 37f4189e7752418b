import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { readSelectionProblem } from "./csv/read-selection-problem";
import { InfeasibleQuotasError, PanelInputError } from "./domain/errors";
import { findLeximinDistribution } from "./domain/leximin";
import type { SelectionProblem } from "./domain/problem";
import { seededRandom } from "./domain/random";
import { drawnPanelNumber, loadHighs, lotteryHash, roundToLottery } from "./jobs/selection-engine";

/** Exit code for quotas that no panel can satisfy, so scripts can tell it from other failures. */
const EXIT_INFEASIBLE = 3;

interface ProblemOptions {
  categories: string;
  respondents: string;
  k: string;
  households?: boolean;
  json?: boolean;
}

function readProblem(options: ProblemOptions): SelectionProblem {
  const read = (path: string) => {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      throw new PanelInputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: path });
    }
  };
  return readSelectionProblem({
    quotas: { text: read(options.categories), file: options.categories },
    pool: { text: read(options.respondents), file: options.respondents },
    k: Number(options.k),
    households: options.households ?? false,
  }).problem;
}

/** Prints a failure the way the interface promises: exit 3 with a report for infeasible quotas. */
function fail(error: unknown, json: boolean | undefined): never {
  if (error instanceof InfeasibleQuotasError) {
    const { report } = error;
    if (json) {
      process.stdout.write(`${JSON.stringify({ error: "infeasible", summary: report.summary, conflicts: report.conflicts, relaxation: report.relaxation, relaxable: report.relaxable })}\n`);
    } else {
      const lines = [`The quotas cannot all be met: ${report.summary}`];
      for (const conflict of report.conflicts) lines.push(`  conflict: ${conflict.message}`);
      if (report.relaxation.length > 0) {
        lines.push("Smallest change that makes a panel possible:");
        for (const c of report.relaxation) lines.push(`  ${c.feature} = ${c.value}: ${c.bound} ${c.from} → ${c.to}`);
      } else if (!report.relaxable) {
        lines.push("No change of the quotas alone makes a panel possible.");
      }
      process.stderr.write(`${lines.join("\n")}\n`);
    }
    process.exit(EXIT_INFEASIBLE);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`gemeinsam panel: ${message}\n`);
  process.exit(1);
}

function withProblemOptions(command: Command): Command {
  return command
    .requiredOption("--categories <file>", "quotas: categories.csv (category,feature,min,max) or features.csv")
    .requiredOption("--respondents <file>", "pool: respondents.csv or candidates.csv")
    .requiredOption("--k <n>", "panel size")
    .option("--households", "at most one member per household (column `household`)")
    .option("--json", "print one JSON object");
}

export function registerPanelCommands(program: Command): void {
  const panel = program.command("panel").description("citizen panel: fair selection by lottery (LEXIMIN)");

  withProblemOptions(panel.command("probabilities"))
    .description("each volunteer's selection probability under the chosen algorithm")
    .option("--algorithm <name>", "leximin or legacy", "leximin")
    .option("--runs <n>", "LEGACY: number of runs to estimate probabilities", "10000")
    .action(async (options: ProblemOptions & { algorithm: string }) => {
      try {
        if (options.algorithm !== "leximin") {
          throw new Error(`unknown or unavailable algorithm "${options.algorithm}" (available: leximin)`);
        }
        const problem = readProblem(options);
        const highs = await loadHighs();
        const started = performance.now();
        const distribution = findLeximinDistribution(problem, { highs, random: seededRandom(1) });
        const ms = Math.round(performance.now() - started);
        const probabilities: Record<string, number> = {};
        problem.volunteers.forEach((v, i) => {
          probabilities[v.id] = distribution.probabilities[i] as number;
        });
        const minProbability = Math.min(...distribution.probabilities);
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ algorithm: "leximin", n: problem.volunteers.length, k: problem.k, min_probability: minProbability, probabilities, panels: distribution.panels.length, ms })}\n`,
          );
          return;
        }
        process.stdout.write(
          `LEXIMIN over ${problem.volunteers.length} volunteers, panel size ${problem.k}: ${distribution.panels.length} panels, ` +
            `smallest probability ${minProbability.toFixed(6)}, ${ms} ms\n`,
        );
        for (const [id, p] of Object.entries(probabilities)) process.stdout.write(`${id}\t${p.toFixed(6)}\n`);
      } catch (error) {
        fail(error, options.json);
      }
    });

  withProblemOptions(panel.command("draw"))
    .description("round LEXIMIN to a lottery of M panels, publish its hash and draw one panel from a public seed")
    .requiredOption("--seed <text>", "the public seed, e.g. the numbers drawn at the public event")
    .option("--lottery-size <m>", "number of panels in the published lottery", "1000")
    .action(async (options: ProblemOptions & { seed: string; lotterySize: string }) => {
      try {
        const size = Number(options.lotterySize);
        if (!Number.isInteger(size) || size < 1) throw new Error(`--lottery-size must be a whole number ≥ 1, not ${options.lotterySize}`);
        if (options.seed.trim() === "") throw new Error("--seed must not be empty");
        const problem = readProblem(options);
        const highs = await loadHighs();
        // Seeded, so the same inputs always give the same list and therefore the same panel.
        const distribution = findLeximinDistribution(problem, { highs, random: seededRandom(1) });
        const lottery = roundToLottery(
          distribution.panels.map((p) => ({ members: [...p.members], weight: p.weight })),
          size,
        ).map((members) => members.map((i) => problem.volunteers[i]?.id ?? ""));
        const hash = lotteryHash(lottery);
        const number = drawnPanelNumber(hash, options.seed, size);
        const members = [...(lottery[number - 1] ?? [])].sort();
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ hash, lottery_size: size, seed: options.seed.trim(), panel_number: number, panel: members })}\n`);
          return;
        }
        process.stdout.write(`Published list: ${size} panels, SHA-256 ${hash}\nSeed: ${options.seed.trim()}\nDrawn panel: number ${number}\n${members.join("\n")}\n`);
      } catch (error) {
        fail(error, options.json);
      }
    });
}
