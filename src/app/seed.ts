import { sql } from "drizzle-orm";
import type { Deps } from "../platform/deps";
import { modules } from "./modules";

/** An arbitrary constant: the advisory lock that lets only one process seed at a time. */
const SEED_LOCK = 725_172_002;

async function seedModules(deps: Deps): Promise<void> {
  for (const module of modules) {
    if (!module.seed) continue;
    deps.logger.info("seeding", { module: module.name });
    await module.seed(deps);
  }
}

/**
 * Runs every module's seed; each seed itself checks whether its content exists (idempotent). On a
 * PostgreSQL server several processes may start at once: one transaction holds an advisory lock
 * while the seeds run (on other connections of the pool), so the others wait and then find the
 * content already there instead of inserting it a second time.
 */
export async function seedDemo(deps: Deps): Promise<void> {
  if (deps.database.kind !== "postgres") return seedModules(deps);
  await deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    await seedModules(deps);
  });
}
