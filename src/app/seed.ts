import type { Deps } from "../platform/deps";
import { modules } from "./modules";

/** Runs every module's seed; each seed itself checks whether its content exists (idempotent). */
export async function seedDemo(deps: Deps): Promise<void> {
  for (const module of modules) {
    if (!module.seed) continue;
    deps.logger.info("seeding", { module: module.name });
    await module.seed(deps);
  }
}
