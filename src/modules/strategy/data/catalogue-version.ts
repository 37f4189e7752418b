import { sharedCounter } from "../../../platform/cache/change-counters";
import type { Database } from "../../../platform/db/database";
import { catalogueVersion } from "./catalogue";

/**
 * The catalogue's change counter now, read like the platform's counters: one fresh read shared by
 * the requests that wait for it, and on the embedded database kept until the trigger announces a
 * change (NOTIFY strategy_catalogue).
 */
export function currentCatalogueVersion(database: Database): Promise<number> {
  return sharedCounter(database, "strategy_catalogue", catalogueVersion);
}
