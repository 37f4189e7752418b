/**
 * The three pools in tests/fixtures/sortition with their reference LEXIMIN probabilities
 * (sortition-algorithms 0.10.1, see the folder's README.md), read through our own CSV readers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SelectionProblem } from "../../../src/modules/panel/domain/problem";
import { readSelectionProblem } from "../../../src/modules/panel/domain/read-selection-problem";

export const FIXTURE_DIR = fileURLToPath(new URL("../../fixtures/sortition/", import.meta.url));

export interface Reference {
  readonly name: string;
  readonly n: number;
  readonly k: number;
  readonly households: boolean;
  readonly min_probability: number;
  readonly first_level: number;
  readonly sorted_probabilities: readonly number[];
  readonly probabilities: Readonly<Record<string, number>>;
  readonly runtime_s?: number;
}

export interface Fixture {
  readonly name: string;
  readonly files: { readonly quotas: string; readonly pool: string };
  readonly problem: SelectionProblem;
  readonly reference: Reference;
}

const FILES: Readonly<Record<string, { quotas: string; pool: string }>> = {
  example_small_20: { quotas: "categories.csv", pool: "respondents.csv" },
  sfa_fixture_150_22: { quotas: "features.csv", pool: "candidates.csv" },
  synth_civic_500_70: { quotas: "categories.csv", pool: "respondents.csv" },
};

export const FIXTURE_NAMES = Object.keys(FILES);

let references: Reference[] | undefined;

function loadReferences(): Reference[] {
  references ??= JSON.parse(readFileSync(`${FIXTURE_DIR}reference.json`, "utf8")) as Reference[];
  return references;
}

export function loadFixture(name: string): Fixture {
  const files = FILES[name];
  const reference = loadReferences().find((r) => r.name === name);
  if (!files || !reference) throw new Error(`unknown fixture ${name}`);
  const quotas = `${FIXTURE_DIR}${name}/${files.quotas}`;
  const pool = `${FIXTURE_DIR}${name}/${files.pool}`;
  const { problem } = readSelectionProblem({
    quotas: { text: readFileSync(quotas, "utf8"), file: files.quotas },
    pool: { text: readFileSync(pool, "utf8"), file: files.pool },
    k: reference.k,
    households: reference.households,
  });
  return { name, files: { quotas, pool }, problem, reference };
}
