import { sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { LogicModel } from "../domain/logic-model";
import type { StoredObservation } from "../domain/monitoring-view";
import type { ObservationStatus } from "../domain/progress";
import { currentModelsAfter } from "./open-data";
import { monitoringModelVersions, monitoringObservations } from "./schema";

/**
 * The reads behind the portfolio dashboard: every measure's current logic model, and of each
 * indicator use only the city-wide values its assessment looks at, each with one query (never one
 * per measure). The limit on models is a guard: a strategy has a few hundred measures.
 */
const MODELS_READ = 5000;

/** The current (highest) version of every measure's logic model, one row per measure. */
export async function currentModelsOfAllMeasures(db: Executor): Promise<Map<string, LogicModel>> {
  const rows = await currentModelsAfter(db, null, MODELS_READ);
  return new Map(rows.map((row) => [row.measureId, row.model]));
}

/** A city-wide current value as an assessment reads it (domain/monitoring-view.ts `assessUse`). */
export type AssessedValue = Pick<
  StoredObservation,
  "indicator" | "period" | "value" | "status" | "spatialUnit" | "supersededAt"
>;

/**
 * Of every use in a current logic model, the city-wide current values an assessment reads
 * (domain/progress.ts): the two latest periods (the latest value and its trend) and, for a use
 * without a baseline, the earliest (which stands in for it), grouped by measure. Picked in the
 * database through the index of a use's values, at most three rows per use, so the dashboard never
 * reads the whole history; each measure's picks come back as one JSON array, which is much cheaper to
 * read than a row per value. Period keys of one use share the indicator's frequency and sort as text
 * (domain/periods.ts).
 */
export async function assessedCityValuesOfAllMeasures(db: Executor): Promise<Map<string, AssessedValue[]>> {
  const o = monitoringObservations;
  const v = monitoringModelVersions;
  const picked = (order: "asc" | "desc", limit: number) => sql`(
    select ${o.period} as period, ${o.value} as value, ${o.status} as status
    from ${o}
    where ${o.measureId} = uses.measure_id and ${o.indicatorKey} = uses.indicator_key
      and ${o.supersededAt} is null and ${o.spatialUnit} = 'city'
      ${order === "asc" ? sql`and uses.without_baseline` : sql``}
    order by ${o.period} ${sql.raw(order)} limit ${sql.raw(String(limit))})`;
  const result = (await db.execute(sql`
    with models as (
      select distinct on (${v.measureId}) ${v.measureId} as measure_id, ${v.content} as content
      from ${v}
      order by ${v.measureId}, ${v.version} desc
    ), uses as (
      select models.measure_id, use->>'indicator' as indicator_key,
             coalesce(use->'baseline', 'null'::jsonb) = 'null'::jsonb as without_baseline
      from models, jsonb_array_elements(models.content->'indicators') as use
    )
    select uses.measure_id, json_agg(json_build_array(uses.indicator_key, picked.period, picked.value, picked.status))::text as picked
    from uses cross join lateral (${picked("desc", 2)} union all ${picked("asc", 1)}) as picked
    group by uses.measure_id
  `)) as unknown as { rows: Array<{ measure_id: string; picked: string }> };
  const byMeasure = new Map<string, AssessedValue[]>();
  for (const row of result.rows) {
    const values = JSON.parse(row.picked) as Array<[string, string, number, ObservationStatus]>;
    byMeasure.set(
      row.measure_id,
      values.map(([indicator, period, value, status]) => ({
        indicator,
        period,
        value,
        status,
        spatialUnit: "city",
        supersededAt: null,
      })),
    );
  }
  return byMeasure;
}
