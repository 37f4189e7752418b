import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { findOrganisation } from "../data/catalogue";
import type { StoredOrganisation } from "../domain/catalogue";

/** The empty form for a new organisation: the office only. */
export function openNewOrganisationForm(actor: Actor): void {
  requirePermission(actor, "strategy.organisation.save");
}

/** An organisation's edit form: the office only. */
export async function openOrganisationEditor(deps: Deps, actor: Actor, id: string): Promise<StoredOrganisation> {
  requirePermission(actor, "strategy.organisation.save");
  const organisation = await findOrganisation(deps.database.db, id);
  if (!organisation) throw new NotFound("strategy.organisation.notFound");
  return organisation;
}
