import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { countMeasures } from "../data/measures";
import { importStrategy } from "./import-strategy";

/** The demo strategy shipped with the platform: Berlin's "Gemeinsam Digital: Berlin". */
export const demoFiles = ["gdb-demo.yaml", "demo-assessments.yaml"] as const;

export function readDemoFile(name: (typeof demoFiles)[number]): unknown {
  return parse(readFileSync(new URL(`../seed/${name}`, import.meta.url), "utf8"));
}

const seedActor: Actor = { kind: "system", label: "seed" };

/** Imports the demo strategy into an empty catalogue; a catalogue with measures is left alone. */
export async function seedStrategy(deps: Deps): Promise<void> {
  if ((await countMeasures(deps.database.db)) > 0) return;
  for (const file of demoFiles) {
    await importStrategy(deps, { actor: seedActor }, { document: readDemoFile(file), source: `seed/${file}` });
  }
}
