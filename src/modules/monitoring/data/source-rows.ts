import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { ObservationSource } from "../domain/monitoring-view";
import type { Aggregation } from "../domain/periods";
import type { SourceKind } from "../domain/source-config";
import { monitoringObservations, monitoringSources } from "./schema";

/**
 * The rows of `monitoring_sources` as the background job and the settings form use them: one
 * automatic source per indicator use. `updated_at` is the time of the SETTINGS (kind, address,
 * aggregation): the bookkeeping of attempts (failures, last error, stale since, next attempt, last
 * success) never changes it, so a job that read the settings can tell whether they were changed
 * while it fetched (`settingsAt`).
 */

export interface StoredSource {
  id: string;
  measureId: string;
  indicator: string;
  kind: SourceKind;
  /** As checked by the domain's schema of the kind when it was written. */
  config: Record<string, unknown>;
  aggregation: Aggregation;
  staleSince: Date | null;
  /** A message key, null after a success. */
  lastError: string | null;
  failures: number;
  nextAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  createdAt: Date;
  /** When the settings were last set (see above). */
  updatedAt: Date;
}

type Row = typeof monitoringSources.$inferSelect;

function sourceOf(row: Row): StoredSource {
  return {
    id: row.id,
    measureId: row.measureId,
    indicator: row.indicatorKey,
    kind: row.kind as SourceKind,
    config: row.config,
    aggregation: row.aggregation as Aggregation,
    staleSince: row.staleSince,
    lastError: row.lastError,
    failures: row.failures,
    nextAttemptAt: row.nextAttemptAt,
    lastSuccessAt: row.lastSuccessAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function findSource(db: Executor, id: string): Promise<StoredSource | null> {
  const [row] = await db.select().from(monitoringSources).where(eq(monitoringSources.id, id));
  return row ? sourceOf(row) : null;
}

/** The source, locked until the transaction ends, so two outcomes of it are written one after the other. */
export async function lockSource(tx: Executor, id: string): Promise<StoredSource | null> {
  const [row] = await tx.select().from(monitoringSources).where(eq(monitoringSources.id, id)).for("update");
  return row ? sourceOf(row) : null;
}

/** The source of one indicator use, or null. */
export async function findSourceOfUse(
  db: Executor,
  measureId: string,
  indicator: string,
): Promise<StoredSource | null> {
  const [row] = await db
    .select()
    .from(monitoringSources)
    .where(and(eq(monitoringSources.measureId, measureId), eq(monitoringSources.indicatorKey, indicator)));
  return row ? sourceOf(row) : null;
}

export interface SourceSettings {
  measureId: string;
  indicator: string;
  kind: SourceKind;
  config: Record<string, unknown>;
  aggregation: Aggregation;
}

/**
 * Sets the source of an indicator use: a new row, or new settings for the row there. Either way
 * the source starts afresh (no failures, not stale, due now); who set it up first stays. Answers its id.
 */
export async function saveSource(
  tx: Executor,
  settings: SourceSettings,
  meta: { by: string | null; now: Date },
): Promise<string> {
  const fresh = {
    kind: settings.kind,
    config: settings.config,
    aggregation: settings.aggregation,
    staleSince: null,
    lastError: null,
    failures: 0,
    nextAttemptAt: meta.now,
    updatedAt: meta.now,
  };
  const [row] = await tx
    .insert(monitoringSources)
    .values({
      measureId: settings.measureId,
      indicatorKey: settings.indicator,
      ...fresh,
      createdAt: meta.now,
      createdBy: meta.by,
    })
    .onConflictDoUpdate({ target: [monitoringSources.measureId, monitoringSources.indicatorKey], set: fresh })
    .returning({ id: monitoringSources.id });
  if (!row) throw new Error("saving a source answered no row");
  return row.id;
}

/** Removes the source of an indicator use; answers the removed row, or null when there was none. */
export async function deleteSource(tx: Executor, measureId: string, indicator: string): Promise<StoredSource | null> {
  const [row] = await tx
    .delete(monitoringSources)
    .where(and(eq(monitoringSources.measureId, measureId), eq(monitoringSources.indicatorKey, indicator)))
    .returning();
  return row ? sourceOf(row) : null;
}

/**
 * A fetch that delivered: no failures, not stale, no error; when it was, and when the next one is due.
 * `stale_since` and `last_error` are written only when they change: pages show them, so writing them
 * moves the module's change counter (see the migration's triggers) and ends kept pages.
 */
export async function recordSourceSuccess(
  tx: Executor,
  source: StoredSource,
  outcome: { now: Date; nextAttemptAt: Date },
): Promise<void> {
  await tx
    .update(monitoringSources)
    .set({
      failures: 0,
      lastSuccessAt: outcome.now,
      nextAttemptAt: outcome.nextAttemptAt,
      ...(source.staleSince !== null ? { staleSince: null } : {}),
      ...(source.lastError !== null ? { lastError: null } : {}),
    })
    .where(eq(monitoringSources.id, source.id));
}

/**
 * A fetch that failed: the failures in a row (the caller counted one more on the locked row), the
 * message key, the next attempt, and since when the source is stale (kept once set); the shown
 * columns again only when they change.
 */
export async function recordSourceFailure(
  tx: Executor,
  source: StoredSource,
  outcome: { failures: number; lastError: string; staleSince: Date | null; nextAttemptAt: Date },
): Promise<void> {
  await tx
    .update(monitoringSources)
    .set({
      failures: outcome.failures,
      nextAttemptAt: outcome.nextAttemptAt,
      ...(source.lastError !== outcome.lastError ? { lastError: outcome.lastError } : {}),
      ...(source.staleSince?.getTime() !== outcome.staleSince?.getTime() ? { staleSince: outcome.staleSince } : {}),
    })
    .where(eq(monitoringSources.id, source.id));
}

/** A current value of an indicator use for the whole city, as a source compares it with its own. */
export interface CurrentValue {
  id: string;
  period: string;
  value: number;
  source: ObservationSource;
}

/** The current (not replaced) city-wide values of an indicator use in the given periods. */
export async function currentCityValues(
  db: Executor,
  use: { measureId: string; indicator: string },
  periods: readonly string[],
): Promise<CurrentValue[]> {
  if (periods.length === 0) return [];
  const rows = await db
    .select({
      id: monitoringObservations.id,
      period: monitoringObservations.period,
      value: monitoringObservations.value,
      source: monitoringObservations.source,
    })
    .from(monitoringObservations)
    .where(
      and(
        eq(monitoringObservations.measureId, use.measureId),
        eq(monitoringObservations.indicatorKey, use.indicator),
        inArray(monitoringObservations.period, [...periods]),
        eq(monitoringObservations.spatialUnit, "city"),
        isNull(monitoringObservations.supersededAt),
      ),
    );
  return rows.map((row) => ({ ...row, source: row.source as ObservationSource }));
}
