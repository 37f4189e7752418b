import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { isDistrictKey } from "../../../platform/reference-data";
import { cachedReference } from "../data/catalogue";
import { measurePlaces } from "../data/district-counts";
import { countMeasuresByDistrict, measuresOfDistrictOffice } from "../domain/district-counts";
import { measuresPageOf } from "./list-measures";

/**
 * A district's page: a page of the measures that take place there, the measures its district office
 * is responsible for elsewhere (or city-wide), and how many measures are city-wide. Public.
 */
export async function showDistrict(deps: Deps, id: string, page: number, locale: Locale, version?: number) {
  if (!isDistrictKey(deps.city, id)) throw new NotFound("strategy.district.notFound");
  const db = deps.database.db;
  const [reference, measures, places] = await Promise.all([
    cachedReference(db, version),
    measuresPageOf(deps, { district: id }, page, locale),
    measurePlaces(db),
  ]);
  const counts = countMeasuresByDistrict(deps.city, places);
  return {
    district: id,
    reference,
    measures,
    byOffice: measuresOfDistrictOffice(deps.city, id, places),
    cityWide: counts.cityWide,
  };
}
