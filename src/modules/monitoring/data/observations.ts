import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { ObservationSource, StoredObservation } from "../domain/monitoring-view";
import type { ObservationStatus } from "../domain/progress";
import { monitoringObservations } from "./schema";

type Row = typeof monitoringObservations.$inferSelect;

/** A stored row as the domain reads it. */
export function observationOf(row: Row): StoredObservation {
  return {
    id: row.id,
    indicator: row.indicatorKey,
    period: row.period,
    spatialUnit: row.spatialUnit,
    value: row.value,
    status: row.status as ObservationStatus,
    source: row.source as ObservationSource,
    note: row.note,
    corrects: row.corrects,
    supersededAt: row.supersededAt,
    enteredAt: row.enteredAt,
    demo: row.demo,
  };
}

/**
 * The values of a measure (current and replaced), newest entry first, at most `limit`: a measure has
 * a handful of indicators with a value per period, so the limit is a guard that keeps the newest.
 */
export async function observationsOfMeasure(db: Executor, measureId: string, limit: number) {
  const rows = await db
    .select()
    .from(monitoringObservations)
    .where(eq(monitoringObservations.measureId, measureId))
    .orderBy(desc(monitoringObservations.enteredAt), desc(monitoringObservations.id))
    .limit(limit);
  return rows.map(observationOf);
}

/** What the monitoring page reads of a measure's values (see `valuesShownOfMeasure`). */
export interface ShownValues {
  /** The shown current values, the values they replaced, and the values an assessment reads of each area. */
  observations: StoredObservation[];
  /** How many current values each indicator use has in all, by definition key (a use without any is left out). */
  currentCounts: Map<string, number>;
}

/**
 * Of each of these indicator uses of a measure: the `shown` newest current values (newest period
 * first, then by area) with the values they replaced, the current values an assessment reads of
 * each area, the city and every district (the two latest periods and the earliest, see
 * domain/progress.ts and `districtAssessments`), and how many current
 * values there are. One query, ranked and counted in the database through the index of current
 * values, so the page never reads a long-measured use's whole history. A replaced value has the
 * period and area of the value that replaced it (a correction keeps them).
 */
export async function valuesShownOfMeasure(
  db: Executor,
  measureId: string,
  indicators: readonly string[],
  shown: number,
): Promise<ShownValues> {
  if (indicators.length === 0) return { observations: [], currentCounts: new Map() };
  const o = monitoringObservations;
  const ranked = db.$with("ranked").as(
    db
      .select({
        id: sql<string>`${o.id}`.as("current_id"),
        indicatorKey: sql<string>`${o.indicatorKey}`.as("current_indicator"),
        period: sql<string>`${o.period}`.as("current_period"),
        spatialUnit: sql<string>`${o.spatialUnit}`.as("current_area"),
        shownRank:
          sql<number>`row_number() over (partition by ${o.indicatorKey} order by ${o.period} desc, ${o.spatialUnit})`.as(
            "shown_rank",
          ),
        newest:
          sql<number>`row_number() over (partition by ${o.indicatorKey}, ${o.spatialUnit} order by ${o.period} desc)`.as(
            "newest",
          ),
        oldest:
          sql<number>`row_number() over (partition by ${o.indicatorKey}, ${o.spatialUnit} order by ${o.period})`.as(
            "oldest",
          ),
        currentCount: sql<number>`(count(*) over (partition by ${o.indicatorKey}))::int`.as("current_count"),
      })
      .from(o)
      .where(
        and(eq(o.measureId, measureId), isNull(o.supersededAt), inArray(o.indicatorKey, [...new Set(indicators)])),
      ),
  );
  const isShown = sql`${ranked.shownRank} <= ${shown}`;
  const rows = await db
    .with(ranked)
    .select({ row: o, currentCount: ranked.currentCount })
    .from(ranked)
    .innerJoin(
      o,
      and(
        eq(o.measureId, measureId),
        eq(o.indicatorKey, ranked.indicatorKey),
        eq(o.period, ranked.period),
        eq(o.spatialUnit, ranked.spatialUnit),
      ),
    )
    .where(
      sql`(${o.id} = ${ranked.id} and (${isShown} or ${ranked.newest} <= 2 or ${ranked.oldest} = 1))
        or (${o.supersededAt} is not null and ${isShown})`,
    );
  const currentCounts = new Map<string, number>();
  for (const { row, currentCount } of rows) currentCounts.set(row.indicatorKey, Number(currentCount));
  return { observations: rows.map(({ row }) => observationOf(row)), currentCounts };
}

export interface NewObservation {
  measureId: string;
  indicator: string;
  period: string;
  spatialUnit: string;
  value: number;
  status: ObservationStatus;
  source: ObservationSource;
  note: string;
  corrects?: string | null;
  enteredBy: string | null;
  now: Date;
  demo?: boolean;
}

const valuesOf = (o: NewObservation) => ({
  measureId: o.measureId,
  indicatorKey: o.indicator,
  period: o.period,
  spatialUnit: o.spatialUnit,
  value: o.value,
  status: o.status,
  source: o.source,
  note: o.note,
  corrects: o.corrects ?? null,
  enteredBy: o.enteredBy,
  enteredAt: o.now,
  demo: o.demo ?? false,
});

/**
 * Adds a value. Answers its id, or null when the use already has a current value for the period and
 * area (only one may be current: a second one is a correction, which replaces the first).
 */
export async function insertObservation(tx: Executor, observation: NewObservation): Promise<string | null> {
  const [row] = await tx
    .insert(monitoringObservations)
    .values(valuesOf(observation))
    .onConflictDoNothing()
    .returning({ id: monitoringObservations.id });
  return row?.id ?? null;
}

/**
 * Adds many values at once (the demo seed, values sent through the API); values already there are
 * left as they are. Answers how many were added.
 */
export async function insertObservations(tx: Executor, observations: readonly NewObservation[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < observations.length; i += 500) {
    const rows = await tx
      .insert(monitoringObservations)
      .values(observations.slice(i, i + 500).map(valuesOf))
      .onConflictDoNothing()
      .returning({ id: monitoringObservations.id });
    added += rows.length;
  }
  return added;
}

/** One value of a measure, current or replaced. */
export async function findObservation(db: Executor, measureId: string, id: string): Promise<StoredObservation | null> {
  const [row] = await db
    .select()
    .from(monitoringObservations)
    .where(and(eq(monitoringObservations.id, id), eq(monitoringObservations.measureId, measureId)));
  return row ? observationOf(row) : null;
}

/**
 * Marks a current value as replaced; answers false when it already was (a correction made at the
 * same time won), so exactly one correction replaces a value.
 */
export async function supersedeObservation(tx: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(monitoringObservations)
    .set({ supersededAt: now })
    .where(and(eq(monitoringObservations.id, id), isNull(monitoringObservations.supersededAt)))
    .returning({ id: monitoringObservations.id });
  return rows.length > 0;
}

/**
 * Marks current values as replaced, all or none: answers false (and changes nothing the caller keeps,
 * as its transaction is rolled back) when one of them was replaced meanwhile.
 */
export async function supersedeObservations(tx: Executor, ids: readonly string[], now: Date): Promise<boolean> {
  if (ids.length === 0) return true;
  const rows = await tx
    .update(monitoringObservations)
    .set({ supersededAt: now })
    .where(and(inArray(monitoringObservations.id, [...ids]), isNull(monitoringObservations.supersededAt)))
    .returning({ id: monitoringObservations.id });
  return rows.length === ids.length;
}

/** The current values of one indicator use in these periods (all areas), for checking values sent together. */
export async function currentValuesInPeriods(
  db: Executor,
  measureId: string,
  indicator: string,
  periods: readonly string[],
): Promise<StoredObservation[]> {
  if (periods.length === 0) return [];
  const o = monitoringObservations;
  const rows = await db
    .select()
    .from(o)
    .where(
      and(
        eq(o.measureId, measureId),
        eq(o.indicatorKey, indicator),
        inArray(o.period, [...new Set(periods)]),
        isNull(o.supersededAt),
      ),
    );
  return rows.map(observationOf);
}

export interface ValueFilter {
  /** Period keys of the use's frequency, both included (keys of one frequency sort as text). */
  from?: string;
  to?: string;
  spatialUnit?: string;
}

/**
 * One page of the current values of one indicator use, newest period first, and how many match. The
 * index of current values (measure, indicator, period, area) serves both.
 */
export async function currentValuesOfUse(
  db: Executor,
  measureId: string,
  indicator: string,
  filter: ValueFilter,
  page: { limit: number; offset: number },
): Promise<{ items: StoredObservation[]; total: number }> {
  const o = monitoringObservations;
  const where = and(
    eq(o.measureId, measureId),
    eq(o.indicatorKey, indicator),
    isNull(o.supersededAt),
    filter.from === undefined ? undefined : gte(o.period, filter.from),
    filter.to === undefined ? undefined : lte(o.period, filter.to),
    filter.spatialUnit === undefined ? undefined : eq(o.spatialUnit, filter.spatialUnit),
  );
  const [rows, counted] = await Promise.all([
    db.select().from(o).where(where).orderBy(desc(o.period), asc(o.spatialUnit)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(o).where(where),
  ]);
  return { items: rows.map(observationOf), total: counted[0]?.n ?? 0 };
}

/** The values an account entered, for "download my data". */
export async function observationsOfAccount(db: Executor, accountId: string) {
  return db
    .select({
      measureId: monitoringObservations.measureId,
      indicator: monitoringObservations.indicatorKey,
      period: monitoringObservations.period,
      value: monitoringObservations.value,
      status: monitoringObservations.status,
      note: monitoringObservations.note,
      enteredAt: monitoringObservations.enteredAt,
    })
    .from(monitoringObservations)
    .where(eq(monitoringObservations.enteredBy, accountId))
    .orderBy(monitoringObservations.enteredAt);
}

/** Removes an account from the values it entered; the values stay. */
export async function anonymiseObservations(tx: Executor, accountId: string): Promise<void> {
  await tx
    .update(monitoringObservations)
    .set({ enteredBy: null })
    .where(eq(monitoringObservations.enteredBy, accountId));
}
