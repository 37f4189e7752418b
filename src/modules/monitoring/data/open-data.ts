import { and, asc, desc, gt, inArray, isNull, max, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { LogicModel } from "../domain/logic-model";
import { monitoringIndicators, monitoringModelVersions, monitoringObservations } from "./schema";

/**
 * The reads behind the monitoring module's open data (use-cases/export-open-data.ts). They select
 * only the columns that are published: never who wrote a row (`created_by`, `entered_by`,
 * `updated_by`), never free-text notes. Every list is read in pages by keyset, so an export of any
 * size never holds a whole table.
 */

/** The current (highest) version of each measure's logic model, measures after `afterMeasureId`, in id order. */
export async function currentModelsAfter(
  db: Executor,
  afterMeasureId: string | null,
  limit: number,
): Promise<{ measureId: string; model: LogicModel }[]> {
  const v = monitoringModelVersions;
  const rows = await db
    .selectDistinctOn([v.measureId], { measureId: v.measureId, model: v.content })
    .from(v)
    .where(afterMeasureId === null ? undefined : gt(v.measureId, afterMeasureId))
    .orderBy(asc(v.measureId), desc(v.version))
    .limit(limit);
  return rows;
}

/** What a definition publishes (no author, no editor). */
export interface PublishedDefinition {
  key: string;
  nameDe: string;
  nameEn: string;
  definitionDe: string;
  definitionEn: string;
  level: string;
  unit: string;
  valueKind: string;
  direction: string;
  frequency: string;
  spatialUnit: string;
  dataSource: string;
  sdgTarget: string | null;
  standardReference: string | null;
  demo: boolean;
}

/** The definitions with these keys, by key. */
export async function publishedDefinitions(
  db: Executor,
  keys: readonly string[],
): Promise<Map<string, PublishedDefinition>> {
  if (keys.length === 0) return new Map();
  const i = monitoringIndicators;
  const rows = await db
    .select({
      key: i.key,
      nameDe: i.nameDe,
      nameEn: i.nameEn,
      definitionDe: i.definitionDe,
      definitionEn: i.definitionEn,
      level: i.level,
      unit: i.unit,
      valueKind: i.valueKind,
      direction: i.direction,
      frequency: i.frequency,
      spatialUnit: i.spatialUnit,
      dataSource: i.dataSource,
      sdgTarget: i.sdgTarget,
      standardReference: i.standardReference,
      demo: i.demo,
    })
    .from(i)
    .where(inArray(i.key, [...new Set(keys)]));
  return new Map(rows.map((row) => [row.key, row]));
}

/** A current value as published: no note, no author, nothing it replaced. */
export interface PublishedObservation {
  measureId: string;
  indicatorKey: string;
  period: string;
  spatialUnit: string;
  value: number;
  status: string;
  source: string;
  enteredAt: Date;
}

/** Where the last page of current values ended (the order of the unique index of current values). */
export type ObservationCursor = Pick<PublishedObservation, "measureId" | "indicatorKey" | "period" | "spatialUnit">;

/** A page of the current values (not superseded), after `after`, in the order of their unique index. */
export async function currentObservationsAfter(
  db: Executor,
  after: ObservationCursor | null,
  limit: number,
): Promise<PublishedObservation[]> {
  const o = monitoringObservations;
  const tuple = sql`(${o.measureId}, ${o.indicatorKey}, ${o.period}, ${o.spatialUnit})`;
  return db
    .select({
      measureId: o.measureId,
      indicatorKey: o.indicatorKey,
      period: o.period,
      spatialUnit: o.spatialUnit,
      value: o.value,
      status: o.status,
      source: o.source,
      enteredAt: o.enteredAt,
    })
    .from(o)
    .where(
      and(
        isNull(o.supersededAt),
        after === null
          ? undefined
          : sql`${tuple} > (${after.measureId}::uuid, ${after.indicatorKey}, ${after.period}, ${after.spatialUnit})`,
      ),
    )
    .orderBy(asc(o.measureId), asc(o.indicatorKey), asc(o.period), asc(o.spatialUnit))
    .limit(limit);
}

/** When each part of the published data last changed (null while it is empty). */
export interface OpenDataChanges {
  definitions: Date | null;
  models: Date | null;
  observations: Date | null;
}

function latest(...dates: (Date | string | null | undefined)[]): Date | null {
  const times = dates.filter((d) => d !== null && d !== undefined).map((d) => new Date(d as Date | string).getTime());
  return times.length === 0 ? null : new Date(Math.max(...times));
}

/** The newest change of definitions, logic models and values (a correction changes the value it supersedes too). */
export async function openDataChanges(db: Executor): Promise<OpenDataChanges> {
  const [[definitions], [models], [observations]] = await Promise.all([
    db.select({ at: max(monitoringIndicators.updatedAt) }).from(monitoringIndicators),
    db.select({ at: max(monitoringModelVersions.createdAt) }).from(monitoringModelVersions),
    db
      .select({ entered: max(monitoringObservations.enteredAt), superseded: max(monitoringObservations.supersededAt) })
      .from(monitoringObservations),
  ]);
  return {
    definitions: latest(definitions?.at),
    models: latest(models?.at),
    observations: latest(observations?.entered, observations?.superseded),
  };
}
