import type { Deps } from "../../../platform/deps";
import { cachedReference } from "../data/catalogue";
import { measureCountsByActionField } from "../data/measures";
import type { Reference } from "../domain/catalogue";

/** The strategy at a glance: its reference tables and how many measures each action field has. Public. */
export async function readStrategyOverview(
  deps: Deps,
  version?: number,
): Promise<{ reference: Reference; countsByActionField: Map<string, number> }> {
  const db = deps.database.db;
  const [reference, countsByActionField] = await Promise.all([
    cachedReference(db, version),
    measureCountsByActionField(db),
  ]);
  return { reference, countsByActionField };
}

/** The reference tables alone (values compass, clusters, action fields …). Public. */
export function readReferenceTables(deps: Deps, version?: number): Promise<Reference> {
  return cachedReference(deps.database.db, version);
}
