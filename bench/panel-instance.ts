/**
 * Synthetic selection instances for the panel benchmark, generated from a seed so that anyone can
 * rebuild exactly the same pool:
 *
 *   npx tsx bench/panel-instance.ts [--n 2000] [--k 200] [--seed 20260601] --out DIR
 *
 * writes DIR/categories.csv and DIR/respondents.csv (the replication format, with a household
 * column), which `npx gemeinsam panel probabilities --households …` reads. The files stay out of
 * the repository: the seed reproduces them.
 *
 * Like tests/fixtures/sortition/synth_civic_500_70, each feature value is drawn independently with
 * weight population share × response propensity, so the pool leans towards people who answer
 * letters (older, more educated) and some quotas are hard to fill. Quotas are the population
 * share × k, rounded down minus `slack` up to rounded up plus `slack`; values whose share × k is
 * below 1 get 0–1. Every 25th volunteer shares a household with the one before.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, SelectionProblem, Volunteer } from "../src/modules/panel/domain/problem";
import { type Random, seededRandom } from "../src/modules/panel/domain/random";

interface ValueSpec {
  readonly name: string;
  readonly share: number;
  readonly propensity: number;
}

/** Shares roughly like a large German city; propensities skewed as in response-rate studies. */
const FEATURES: readonly { readonly name: string; readonly values: readonly ValueSpec[] }[] = [
  {
    name: "district",
    values: [
      { name: "Mitte", share: 0.16, propensity: 1.2 },
      { name: "Nord", share: 0.14, propensity: 0.9 },
      { name: "Ost", share: 0.13, propensity: 0.7 },
      { name: "Sued", share: 0.12, propensity: 1.1 },
      { name: "West", share: 0.12, propensity: 1.0 },
      { name: "Hafen", share: 0.11, propensity: 0.6 },
      { name: "Altstadt", share: 0.1, propensity: 1.4 },
      { name: "Randgebiet", share: 0.12, propensity: 0.8 },
    ],
  },
  {
    name: "age",
    values: [
      { name: "16-24", share: 0.12, propensity: 0.5 },
      { name: "25-39", share: 0.24, propensity: 0.8 },
      { name: "40-54", share: 0.24, propensity: 1.0 },
      { name: "55-69", share: 0.22, propensity: 1.4 },
      { name: "70+", share: 0.18, propensity: 1.1 },
    ],
  },
  {
    name: "gender",
    values: [
      { name: "female", share: 0.505, propensity: 1.0 },
      { name: "male", share: 0.49, propensity: 1.05 },
      { name: "diverse", share: 0.005, propensity: 1.5 },
    ],
  },
  {
    name: "education",
    values: [
      { name: "low", share: 0.3, propensity: 0.45 },
      { name: "medium", share: 0.4, propensity: 1.0 },
      { name: "high", share: 0.3, propensity: 1.8 },
    ],
  },
  {
    name: "migration",
    values: [
      { name: "none", share: 0.7, propensity: 1.1 },
      { name: "background", share: 0.3, propensity: 0.6 },
    ],
  },
  {
    name: "employment",
    values: [
      { name: "employed", share: 0.55, propensity: 0.9 },
      { name: "unemployed", share: 0.06, propensity: 0.6 },
      { name: "retired", share: 0.24, propensity: 1.3 },
      { name: "in_education", share: 0.15, propensity: 0.8 },
    ],
  },
  {
    name: "stakeholder",
    values: [
      { name: "resident", share: 0.8, propensity: 0.9 },
      { name: "business", share: 0.12, propensity: 1.3 },
      { name: "civil_society", share: 0.08, propensity: 2.0 },
    ],
  },
];

export interface InstanceOptions {
  readonly n: number;
  readonly k: number;
  readonly seed: number;
  /** Quota width on each side of share × k (default 1). */
  readonly slack?: number;
}

export function generateInstance({ n, k, seed, slack = 1 }: InstanceOptions): SelectionProblem {
  const random = seededRandom(seed);
  const features: Feature[] = FEATURES.map((feature) => ({
    name: feature.name,
    values: feature.values.map((value) => {
      const exact = value.share * k;
      if (exact < 1) return { name: value.name, min: 0, max: 1 };
      return { name: value.name, min: Math.max(0, Math.floor(exact) - slack), max: Math.ceil(exact) + slack };
    }),
  }));
  const volunteers: Volunteer[] = [];
  let household = 0;
  for (let i = 0; i < n; i++) {
    const values = FEATURES.map((feature) => pick(random, feature.values));
    // Rows 1, 26, 51, … share the household of the row before them.
    if (i % 25 !== 1) household++;
    volunteers.push({ id: `v${i}`, values, household: `h${household}` });
  }
  return { features, volunteers, k, households: true };
}

function pick(random: Random, values: readonly ValueSpec[]): number {
  const total = values.reduce((sum, v) => sum + v.share * v.propensity, 0);
  let r = random() * total;
  for (let v = 0; v < values.length; v++) {
    r -= (values[v] as ValueSpec).share * (values[v] as ValueSpec).propensity;
    if (r < 0) return v;
  }
  return values.length - 1;
}

/** The instance as the two CSV files the command line reads. */
export function instanceCsv(problem: SelectionProblem): { categories: string; respondents: string } {
  const categories = ["category,feature,min,max"];
  for (const feature of problem.features) {
    for (const value of feature.values) categories.push(`${feature.name},${value.name},${value.min},${value.max}`);
  }
  const respondents = [["id", ...problem.features.map((f) => f.name), "household"].join(",")];
  for (const volunteer of problem.volunteers) {
    const values = volunteer.values.map((v, f) => problem.features[f]?.values[v]?.name ?? "");
    respondents.push([volunteer.id, ...values, volunteer.household ?? ""].join(","));
  }
  return { categories: `${categories.join("\n")}\n`, respondents: `${respondents.join("\n")}\n` };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "\0")) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback?: string): string | undefined => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const out = option("out");
  if (!out) {
    console.error("usage: npx tsx bench/panel-instance.ts [--n 2000] [--k 200] [--seed 20260601] --out DIR");
    process.exit(1);
  }
  const problem = generateInstance({
    n: Number(option("n", "2000")),
    k: Number(option("k", "200")),
    seed: Number(option("seed", "20260601")),
  });
  const { categories, respondents } = instanceCsv(problem);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "categories.csv"), categories);
  writeFileSync(join(out, "respondents.csv"), respondents);
  console.log(`wrote ${problem.volunteers.length} volunteers, k = ${problem.k}, to ${out}`);
}
