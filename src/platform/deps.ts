import type { Config } from "./config/config";
import type { Database } from "./db/database";
import type { Logger } from "./log/logger";
import type { Mailer } from "./mail/mailer";
import type { City } from "./reference-data";
import type { RandomBytes } from "./security/tokens";

/** Everything a use case may reach. Time and randomness are injected so tests are reproducible. */
export interface Deps {
  config: Config;
  database: Database;
  logger: Logger;
  mailer: Mailer;
  clock: () => Date;
  random: RandomBytes;
  /**
   * The city the platform runs for (districts, stakeholder groups, map, time zone), read from its
   * city file at start.
   */
  city: City;
  /** Key for CSRF tokens, shared by every process through the database. */
  csrfKey: string;
}
