/**
 * Tally benchmark: every rule on every election in tests/fixtures/pb, against the reference
 * implementation's recorded wall time (reference-outcomes.jsonl, pabutools on a 2-core machine).
 *
 *   npx tsx bench/budget.ts [--runs N] [--only NAME]
 *
 * Our time is the best of up to N runs (default 3; fewer once a rule has taken more than a second),
 * measured around `tally()` — the rule including its preparation of the ballots, without reading
 * the file — after one untimed pass of every rule over the smallest election, so that the first
 * rule timed does not pay for compiling the code. The ratio is reference time / our time. Rows where the reference was stopped before it
 * finished show its time as a lower bound (≥) and count only in the separate "lower bound" total.
 * Targets: the total over the rows the reference finished at least 50× faster, and every rule on the
 * largest election under 2 s.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Election, RULES, type RuleName, readPb, tally } from "../src/modules/budget/index";

const fixtures = fileURLToPath(new URL("../tests/fixtures/pb/", import.meta.url));
const args = process.argv.slice(2);
const maxRuns = Number(args[args.indexOf("--runs") + 1] ?? 3) || 3;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const LIMIT_MS = 2000;

interface ReferenceRow {
  file: string;
  rule: string;
  wall_s?: number | null;
  reference_wall_s?: number | null;
  error?: string;
  note?: string;
}

const reference = new Map<string, ReferenceRow>();
for (const line of readFileSync(`${fixtures}reference-outcomes.jsonl`, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  const row = JSON.parse(line) as ReferenceRow;
  reference.set(`${row.file}|${row.rule}`, row);
}

/** The reference time in seconds and whether the reference finished the rule. */
function referenceTime(row: ReferenceRow | undefined): { seconds?: number; finished: boolean } {
  if (!row) return { finished: false };
  if (row.error === undefined && row.note === undefined && typeof row.wall_s === "number") {
    return { seconds: row.wall_s, finished: true };
  }
  const stoppedAfter = row.wall_s ?? row.reference_wall_s;
  return typeof stoppedAfter === "number" ? { seconds: stoppedAfter, finished: false } : { finished: false };
}

function rulesFor(election: Election): RuleName[] {
  const points = election.voteType === "cumulative" || election.voteType === "scoring";
  return RULES.filter((rule) => points || !rule.includes("points"));
}

function timeRule(election: Election, rule: RuleName): { ms: number; selected: number } {
  let best = Number.POSITIVE_INFINITY;
  let spent = 0;
  let selected = 0;
  for (let run = 0; run < maxRuns && (run === 0 || spent < 1000); run++) {
    const started = performance.now();
    const outcome = tally(election, rule);
    const ms = performance.now() - started;
    spent += ms;
    best = Math.min(best, ms);
    selected = outcome.selected.length;
  }
  return { ms: best, selected };
}

const pad = (text: string, width: number): string => text.padStart(width);
const fmtMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

const files = readdirSync(fixtures)
  .filter((f) => f.endsWith(".pb") && (!only || f.includes(only)))
  .sort((a, b) => statSync(`${fixtures}${a}`).size - statSync(`${fixtures}${b}`).size);
const largest = files[files.length - 1];

// Warm-up, untimed.
{
  const smallest = readPb(readFileSync(`${fixtures}${files[0]}`, "utf8"));
  for (const rule of rulesFor(smallest)) tally(smallest, rule);
}

let oursAll = 0;
let oursFinished = 0;
let referenceFinished = 0;
let oursStopped = 0;
let referenceStopped = 0;
const overLimit: string[] = [];

for (const file of files) {
  const election = readPb(readFileSync(`${fixtures}${file}`, "utf8"));
  const tag = file === largest ? "  (largest)" : "";
  console.log(
    `\n${file}${tag} — ${election.voteType}, ${election.projects.length} projects, ${election.voters.length} voters, ` +
      `budget ${election.budget.toDecimalString()}`,
  );
  console.log(
    `  ${"rule".padEnd(22)} ${pad("funded", 6)} ${pad("ours ms", 10)} ${pad("reference s", 12)} ${pad("ratio", 10)}`,
  );
  for (const rule of rulesFor(election)) {
    const { ms, selected } = timeRule(election, rule);
    const ref = referenceTime(reference.get(`${file}|${rule}`));
    oursAll += ms;
    let refText = "—";
    let ratioText = "";
    if (ref.seconds !== undefined) {
      refText = ref.finished ? ref.seconds.toFixed(3) : `≥${ref.seconds.toFixed(0)} (stopped)`;
      const ratio = (ref.seconds * 1000) / ms;
      ratioText = `${ref.finished ? "" : "≥"}${ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
      if (ref.finished) {
        oursFinished += ms;
        referenceFinished += ref.seconds * 1000;
      } else {
        oursStopped += ms;
        referenceStopped += ref.seconds * 1000;
      }
    }
    const flag = file === largest && ms > LIMIT_MS ? "  OVER 2 s" : "";
    if (flag) overLimit.push(`${file} ${rule} ${fmtMs(ms)} ms`);
    console.log(
      `  ${rule.padEnd(22)} ${pad(String(selected), 6)} ${pad(fmtMs(ms), 10)} ${pad(refText, 12)} ${pad(ratioText, 10)}${flag}`,
    );
  }
}

console.log("\nTotals");
console.log(`  all rules on all ${files.length} elections, ours:               ${fmtMs(oursAll)} ms`);
if (referenceFinished > 0) {
  console.log(
    `  rows the reference finished: ours ${fmtMs(oursFinished)} ms, reference ${(referenceFinished / 1000).toFixed(1)} s, ` +
      `ratio of totals ${(referenceFinished / oursFinished).toFixed(0)}× (target ≥ 50×)`,
  );
}
if (referenceStopped > 0) {
  console.log(
    `  rows the reference did not finish: ours ${fmtMs(oursStopped)} ms, reference stopped after ≥ ${(referenceStopped / 1000).toFixed(0)} s ` +
      `(ratio ≥ ${(referenceStopped / oursStopped).toFixed(0)}×)`,
  );
}
console.log(
  overLimit.length === 0
    ? `  every rule on the largest election (${largest}) took under 2 s`
    : `  OVER 2 s on the largest election: ${overLimit.join("; ")}`,
);
