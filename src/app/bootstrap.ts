import { loadCityFile } from "../platform/city/city-file";
import type { Config } from "../platform/config/config";
import { type Database, openDatabase } from "../platform/db/database";
import { migrate } from "../platform/db/migrate";
import type { Deps } from "../platform/deps";
import { createLogger, type Logger } from "../platform/log/logger";
import { createMailer } from "../platform/mail/mailer";
import { ensureSecret } from "../platform/security/secrets";
import { cryptoRandomBytes } from "../platform/security/tokens";
import { registerModules } from "./modules";

/** Wires the dependencies for a database that is already migrated. */
export async function createDeps(
  config: Config,
  database: Database,
  overrides: Partial<Omit<Deps, "config" | "database">> = {},
): Promise<Deps> {
  registerModules();
  const logger: Logger = overrides.logger ?? createLogger(config.LOG_LEVEL);
  const random = overrides.random ?? cryptoRandomBytes;
  return {
    config,
    database,
    logger,
    random,
    city: overrides.city ?? loadCityFile(config.CITY_FILE),
    clock: overrides.clock ?? (() => new Date()),
    mailer: overrides.mailer ?? createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, database, logger }),
    csrfKey: overrides.csrfKey ?? (await ensureSecret(database.db, "csrf", random)),
  };
}

/** Opens the configured database and applies the migrations. */
export async function openMigratedDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrate(database);
  return database;
}
