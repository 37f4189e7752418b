import type { Hono } from "hono";
import { createApp } from "../../src/app/app";
import { createDeps } from "../../src/app/bootstrap";
import { modules } from "../../src/app/modules";
import { loadConfig } from "../../src/platform/config/config";
import type { Database } from "../../src/platform/db/database";
import type { Deps } from "../../src/platform/deps";
import type { AppEnv } from "../../src/platform/http/env";
import { createMemoryLogger } from "../../src/platform/log/logger";
import { freshPglite } from "./database";
import { recordResponses } from "./response-snapshots";

export interface TestApp {
  app: Hono<AppEnv>;
  deps: Deps;
  database: Database;
  logger: ReturnType<typeof createMemoryLogger>;
  close(): Promise<void>;
}

/** An application on a fresh database, driven in memory with `app.request()`. */
export async function createTestApp(
  options: {
    database?: Database;
    env?: Record<string, string>;
    deps?: Partial<Omit<Deps, "config" | "database">>;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await freshPglite());
  const logger = createMemoryLogger();
  const config = loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false", ...options.env });
  const deps = await createDeps(config, database, { logger, ...options.deps });
  const app = createApp(deps, modules);
  if (process.env.PAGE_SNAPSHOT_DIR) recordResponses(app, process.env.PAGE_SNAPSHOT_DIR);
  return { app, deps, database, logger, close: () => database.close() };
}
