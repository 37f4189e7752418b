import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Difference, LogicModel } from "../domain/logic-model";
import type { ModelVersion } from "../domain/monitoring-view";
import { monitoringModelVersions } from "./schema";

type Row = typeof monitoringModelVersions.$inferSelect;

function versionOf(row: Row): ModelVersion {
  return {
    id: row.id,
    measureId: row.measureId,
    version: row.version,
    model: row.content,
    reason: row.reason,
    differences: row.differences,
    createdAt: row.createdAt,
    demo: row.demo,
  };
}

/** The current version of a measure's logic model (the highest), or null before the first. */
export async function currentModel(db: Executor, measureId: string): Promise<ModelVersion | null> {
  const [row] = await db
    .select()
    .from(monitoringModelVersions)
    .where(eq(monitoringModelVersions.measureId, measureId))
    .orderBy(desc(monitoringModelVersions.version))
    .limit(1);
  return row ? versionOf(row) : null;
}

/**
 * Writes a version of a measure's model. Answers false when that version number is taken: someone
 * saved a version of the same model in between, and this one was made from an older one.
 */
export async function insertModelVersion(
  tx: Executor,
  entry: {
    model: LogicModel;
    differences: Difference[];
    by: string | null;
    now: Date;
    demo?: boolean;
  },
): Promise<boolean> {
  const added = await tx
    .insert(monitoringModelVersions)
    .values({
      measureId: entry.model.measureId,
      version: entry.model.version,
      content: entry.model,
      indicatorKeys: entry.model.indicators.map((use) => use.indicator),
      reason: entry.model.reason,
      differences: entry.differences,
      demo: entry.demo ?? false,
      createdAt: entry.now,
      createdBy: entry.by,
    })
    .onConflictDoNothing()
    .returning({ id: monitoringModelVersions.id });
  return added.length > 0;
}

/** One page of a measure's versions, newest first, and how many there are. */
export async function listModelVersions(
  db: Executor,
  measureId: string,
  page: { limit: number; offset: number },
): Promise<{ items: ModelVersion[]; total: number }> {
  const [rows, counted] = await Promise.all([
    db
      .select()
      .from(monitoringModelVersions)
      .where(eq(monitoringModelVersions.measureId, measureId))
      .orderBy(desc(monitoringModelVersions.version))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(monitoringModelVersions)
      .where(eq(monitoringModelVersions.measureId, measureId)),
  ]);
  return { items: rows.map(versionOf), total: counted[0]?.n ?? 0 };
}

/** Whether a measure has any version yet (for the seed). */
export async function hasAnyModel(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: monitoringModelVersions.id }).from(monitoringModelVersions).limit(1);
  return row !== undefined;
}

/** The versions an account made, for "download my data". */
export async function versionsOfAccount(db: Executor, accountId: string) {
  return db
    .select({
      measureId: monitoringModelVersions.measureId,
      version: monitoringModelVersions.version,
      reason: monitoringModelVersions.reason,
      createdAt: monitoringModelVersions.createdAt,
    })
    .from(monitoringModelVersions)
    .where(eq(monitoringModelVersions.createdBy, accountId))
    .orderBy(monitoringModelVersions.createdAt);
}

/** Removes an account from the versions it made; the versions and their reasons stay. */
export async function anonymiseVersions(tx: Executor, accountId: string): Promise<void> {
  await tx
    .update(monitoringModelVersions)
    .set({ createdBy: null })
    .where(eq(monitoringModelVersions.createdBy, accountId));
}
