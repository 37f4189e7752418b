import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { isDistrictKey } from "../../../platform/reference-data";
import { cachedReference } from "../data/catalogue";
import { measureCountsByDistrict } from "../data/measures";
import { measuresPageOf } from "./list-measures";

/** A district's page with a page of its measures and how many measures are city-wide. Public. */
export async function showDistrict(deps: Deps, id: string, page: number, locale: Locale, version?: number) {
  if (!isDistrictKey(id)) throw new NotFound("strategy.district.notFound");
  const db = deps.database.db;
  const [reference, measures, counts] = await Promise.all([
    cachedReference(db, version),
    measuresPageOf(deps, { district: id }, page, locale),
    measureCountsByDistrict(db),
  ]);
  return { district: id, reference, measures, cityWide: counts.cityWide };
}
