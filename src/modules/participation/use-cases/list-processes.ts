import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import { isDistrictKey } from "../../../platform/reference-data";
import { type ActionFieldChoice, actionFieldChoices } from "../../strategy";
import { districtCounts, listProcesses } from "../data/process-list";
import type { ProcessFilter } from "../domain/process-filter";
import type { StoredProcess } from "../domain/stored-process";

export interface ProcessListPage {
  filter: ProcessFilter;
  items: StoredProcess[];
  total: number;
  pagination: Pagination;
  places: { perDistrict: Map<string, number>; cityWide: number };
  actionFields: ActionFieldChoice[];
}

/** A filter value the city does not know is dropped (the list then shows what it would without it). */
export function knownFilter(deps: Deps, filter: ProcessFilter): ProcessFilter {
  return {
    ...filter,
    district: filter.district && isDistrictKey(deps.city, filter.district) ? filter.district : undefined,
  };
}

/** One page of processes (public: also those limited to invited people, whose pages are public too). */
export async function listProcessPage(
  deps: Deps,
  filter: ProcessFilter,
  pagination: Pagination,
  locale: Locale,
): Promise<ProcessListPage> {
  const db = deps.database.db;
  const known = knownFilter(deps, filter);
  const [list, places, actionFields] = await Promise.all([
    listProcesses(db, known, deps.clock(), pagination.pageSize, offsetOf(pagination)),
    districtCounts(db),
    actionFieldChoices(db, locale),
  ]);
  return { filter: known, ...list, pagination, places, actionFields };
}
