import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { demoFiles, readDemoFile } from "../data/demo-files";
import { countMeasures } from "../data/measures";
import { importStrategy } from "./import-strategy";

const seedActor: Actor = { kind: "system", label: "seed" };

/** Imports the demo strategy into an empty catalogue; a catalogue with measures is left alone. */
export async function seedStrategy(deps: Deps): Promise<void> {
  if ((await countMeasures(deps.database.db)) > 0) return;
  for (const file of demoFiles) {
    await importStrategy(deps, { actor: seedActor }, { document: readDemoFile(file), source: `seed/${file}` });
  }
}
