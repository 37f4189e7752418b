import { createDeps, openMigratedDatabase } from "../../app/bootstrap";
import type { OpenContext } from "../../platform/cli/context";
import { loadConfig } from "../../platform/config/config";
import type { Database } from "../../platform/db/database";

/** Opens the configured database (PGlite under DATA_DIR, or DATABASE_URL), migrated. */
export const openConfiguredContext: OpenContext = async () => {
  // The command line is quiet unless LOG_LEVEL asks for more.
  const config = loadConfig({ LOG_LEVEL: "warn", ...process.env });
  const database: Database = await openMigratedDatabase(config);
  const deps = await createDeps(config, database);
  return { deps, close: () => database.close() };
};
