/**
 * How fast `gemeinsam --help` answers. The figure is the compiled command line answering from its
 * help catalogue (docs/decisions/0007); the baseline, measured in the same run and alternated with
 * it, is the same help printed after loading the whole program, as every real command does.
 *
 *   npm run build && npx tsx bench/cli-help.ts        (RUNS=15 by default)
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = Number(process.env.RUNS ?? 15);
if (!existsSync(`${root}dist/cli/help-catalogue.json`)) throw new Error("run `npm run build` first");

const fromCatalogue = [`${root}dist/cli/main.js`, "--help"];
const wholeProgram = [
  "--input-type=module",
  "-e",
  `const { buildProgram } = await import(${JSON.stringify(`${root}dist/cli/program.js`)}); buildProgram().outputHelp();`,
];

function millis(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const catalogue: number[] = [];
const baseline: number[] = [];
millis(fromCatalogue); // warm the file cache for both
millis(wholeProgram);
for (let run = 0; run < runs; run += 1) {
  catalogue.push(millis(fromCatalogue));
  baseline.push(millis(wholeProgram));
}
const figure = median(catalogue);
const base = median(baseline);
console.log(`gemeinsam --help (catalogue):      median ${figure.toFixed(0)} ms over ${runs} runs`);
console.log(`help after loading every module:   median ${base.toFixed(0)} ms (baseline, same run)`);
console.log(`ratio: ${(figure / base).toFixed(2)} (${(base / figure).toFixed(1)}× faster)`);
