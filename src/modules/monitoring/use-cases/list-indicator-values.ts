import type { Pagination } from "../../../platform/api/pagination";
import { offsetOf } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import { BadRequest, type FieldIssue } from "../../../platform/errors/errors";
import { isDistrictKey } from "../../../platform/reference-data";
import { currentValuesOfUse, type ValueFilter } from "../data/observations";
import type { StoredObservation } from "../domain/monitoring-view";
import { parsePeriodKey } from "../domain/periods";
import { indicatorUseById, type ReachedUse } from "./measure-access";

export interface ValueQuery extends Pagination {
  from?: string;
  to?: string;
  spatialUnit?: string;
}

export interface IndicatorValues {
  use: ReachedUse;
  items: StoredObservation[];
  total: number;
}

/**
 * One page of an indicator use's current values, newest period first, optionally from one period to
 * another (both included, keys of the indicator's frequency) and for one area. Public. A period or
 * area the indicator cannot have is a bad request, said per parameter.
 */
export async function listIndicatorValues(deps: Deps, id: string, query: ValueQuery): Promise<IndicatorValues> {
  const db = deps.database.db;
  const use = await indicatorUseById(db, id);
  const issues: FieldIssue[] = [];
  for (const name of ["from", "to"] as const) {
    const text = query[name];
    if (text === undefined) continue;
    const period = parsePeriodKey(text, use.definition.frequency);
    if (!period.ok) issues.push({ path: `query.${name}`, message: period.error });
  }
  const area = query.spatialUnit;
  if (area !== undefined && area !== "city" && !isDistrictKey(deps.city, area)) {
    issues.push({ path: "query.spatialUnit", message: "monitoring.errors.areaUnknown" });
  }
  if (issues.length > 0) throw new BadRequest("errors.invalidQuery", issues);
  const filter: ValueFilter = { from: query.from, to: query.to, spatialUnit: area };
  const page = await currentValuesOfUse(db, use.measure.id, use.definition.key, filter, {
    limit: query.pageSize,
    offset: offsetOf(query),
  });
  return { use, ...page };
}
