import type { Deps } from "../../../platform/deps";
import { listOrganisations as organisationsPage } from "../data/catalogue";
import type { StoredOrganisation } from "../domain/catalogue";

/** The organisations taking part, by name, a page at a time. Public. */
export function listOrganisations(
  deps: Deps,
  page: { limit: number; offset: number },
): Promise<{ items: StoredOrganisation[]; total: number }> {
  return organisationsPage(deps.database.db, page);
}
