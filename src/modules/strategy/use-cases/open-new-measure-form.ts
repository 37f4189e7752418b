import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { cachedReference, organisationChoices } from "../data/catalogue";
import type { Reference } from "../domain/catalogue";

interface NewMeasureChoices {
  reference: Reference;
  organisations: Array<{ id: string; name: { de: string; en: string } }>;
}

/** What the form for a new measure offers: action fields, types, organisations. */
export async function newMeasureChoices(deps: Deps): Promise<NewMeasureChoices> {
  const db = deps.database.db;
  const [reference, organisations] = await Promise.all([cachedReference(db), organisationChoices(db)]);
  return { reference, organisations };
}

/** The empty form for a new measure: the office only. */
export async function openNewMeasureForm(deps: Deps, actor: Actor): Promise<NewMeasureChoices> {
  requirePermission(actor, "strategy.measure.create");
  return newMeasureChoices(deps);
}
