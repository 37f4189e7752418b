import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { LogicModel } from "../domain/logic-model";
import type { StoredObservation } from "../domain/monitoring-view";
import { observationOf } from "./observations";
import { currentModelsAfter } from "./open-data";
import { monitoringObservations } from "./schema";

/**
 * The reads behind the portfolio dashboard: every measure's current logic model and every current
 * city-wide value of all measures, each with one query (never one per measure). Both are bounded by
 * the size of the strategy (a few hundred measures with a handful of indicators each); the limits
 * are guards.
 */
const MODELS_READ = 5000;
const VALUES_READ = 200_000;

/** The current (highest) version of every measure's logic model, one row per measure. */
export async function currentModelsOfAllMeasures(db: Executor): Promise<Map<string, LogicModel>> {
  const rows = await currentModelsAfter(db, null, MODELS_READ);
  return new Map(rows.map((row) => [row.measureId, row.model]));
}

/**
 * The current values of the whole city (not replaced by a correction) of all measures, grouped by
 * measure: what a measure's progress is assessed on (see domain/monitoring-view.ts).
 */
export async function currentCityValuesOfAllMeasures(db: Executor): Promise<Map<string, StoredObservation[]>> {
  const rows = await db
    .select()
    .from(monitoringObservations)
    .where(and(isNull(monitoringObservations.supersededAt), eq(monitoringObservations.spatialUnit, "city")))
    .orderBy(monitoringObservations.measureId, monitoringObservations.indicatorKey, monitoringObservations.period)
    .limit(VALUES_READ);
  const byMeasure = new Map<string, StoredObservation[]>();
  for (const row of rows) {
    const list = byMeasure.get(row.measureId) ?? [];
    list.push(observationOf(row));
    byMeasure.set(row.measureId, list);
  }
  return byMeasure;
}
