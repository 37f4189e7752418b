import type { Deps } from "../../../platform/deps";
import { measureCountsByDistrict } from "../data/measures";

/** Berlin's districts with how many measures each has, and how many are city-wide. Public. */
export function listDistricts(deps: Deps): Promise<{ byDistrict: Map<string, number>; cityWide: number }> {
  return measureCountsByDistrict(deps.database.db);
}
