import type { Deps } from "../../../platform/deps";
import { currentCatalogueVersion } from "../data/catalogue-version";

/**
 * The catalogue's change counter, for the public pages kept in memory: an answer made at another
 * counter is never served again. Anyone may read it.
 */
export function readCatalogueVersion(deps: Deps): Promise<number> {
  return currentCatalogueVersion(deps.database);
}
