import type { Deps } from "../../../platform/deps";
import { measurePlaces } from "../data/district-counts";
import { countMeasuresByDistrict, type DistrictCount } from "../domain/district-counts";

/** The city's districts with how many measures each has (by place and by responsible office), and how many are city-wide. Public. */
export async function listDistricts(deps: Deps): Promise<{ districts: DistrictCount[]; cityWide: number }> {
  return countMeasuresByDistrict(deps.city, await measurePlaces(deps.database.db));
}
