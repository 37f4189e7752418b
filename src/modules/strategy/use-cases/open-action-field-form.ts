import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { cachedReference, findActionField } from "../data/catalogue";
import type { Reference } from "../domain/catalogue";
import type { ActionField } from "../domain/model";

/** The empty form for a new action field (it offers the clusters): the office only. */
export async function openNewActionFieldForm(deps: Deps, actor: Actor): Promise<Reference> {
  requirePermission(actor, "strategy.actionField.save");
  return cachedReference(deps.database.db);
}

/** An action field's edit form, with the clusters it may move to: the office only. */
export async function openActionFieldEditor(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ field: ActionField & { version: number }; reference: Reference }> {
  requirePermission(actor, "strategy.actionField.save");
  const db = deps.database.db;
  const field = await findActionField(db, id);
  if (!field) throw new NotFound("strategy.actionField.notFound");
  const reference = await cachedReference(db);
  return { field, reference };
}
