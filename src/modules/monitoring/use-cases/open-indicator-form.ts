import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { findDefinition, isDefinitionUsed } from "../data/indicators";
import type { StoredDefinition } from "../domain/monitoring-view";

/**
 * The form for a definition: empty for a new one, filled for a change. The strategy office only;
 * the permission is checked before anything is read. Says whether a measure uses the definition
 * (its frequency, kind of value and unit are then fixed).
 */
export async function openIndicatorForm(
  deps: Deps,
  actor: Actor,
  key?: string,
): Promise<{ definition: StoredDefinition | null; used: boolean }> {
  requirePermission(actor, "monitoring.indicator.define");
  if (key === undefined) return { definition: null, used: false };
  const db = deps.database.db;
  const definition = await findDefinition(db, key);
  if (!definition) throw new NotFound("monitoring.errors.indicatorNotFound");
  return { definition, used: await isDefinitionUsed(db, key) };
}
