import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { cachedReference, findOrganisation } from "../data/catalogue";
import { measuresPageOf } from "./list-measures";

/** An organisation's page with a page of the measures it is responsible for or involved in. Public. */
export async function showOrganisation(deps: Deps, id: string, page: number, locale: Locale, version?: number) {
  const db = deps.database.db;
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw new NotFound("strategy.organisation.notFound");
  const [reference, measures] = await Promise.all([
    cachedReference(db, version),
    measuresPageOf(deps, { organisation: organisation.id }, page, locale),
  ]);
  return { organisation, reference, measures };
}
