import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { cachedReference, findActionField } from "../data/catalogue";
import { measuresPageOf } from "./list-measures";

/** An action field's page with a page of its measures. Public. */
export async function showActionField(deps: Deps, id: string, page: number, locale: Locale, version?: number) {
  const db = deps.database.db;
  const field = await findActionField(db, id);
  if (!field) throw new NotFound("strategy.actionField.notFound");
  const [reference, measures] = await Promise.all([
    cachedReference(db, version),
    measuresPageOf(deps, { actionField: field.id }, page, locale),
  ]);
  return { field, reference, measures };
}
