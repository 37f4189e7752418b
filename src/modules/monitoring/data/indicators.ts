import { and, arrayContains, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Locale } from "../../../platform/i18n/i18n";
import type { IndicatorDefinition } from "../domain/indicator";
import type { StoredDefinition } from "../domain/monitoring-view";
import { monitoringIndicators, monitoringModelVersions } from "./schema";

type Row = typeof monitoringIndicators.$inferSelect;

/** A row as the domain's definition; values were checked by the domain's schema before they were written. */
function definitionOf(row: Row): StoredDefinition {
  return {
    key: row.key,
    name: { de: row.nameDe, en: row.nameEn },
    definition: { de: row.definitionDe, en: row.definitionEn },
    level: row.level as StoredDefinition["level"],
    unit: row.unit,
    valueKind: row.valueKind as StoredDefinition["valueKind"],
    ...(row.numerator ? { numerator: row.numerator } : {}),
    ...(row.denominator ? { denominator: row.denominator } : {}),
    direction: row.direction as StoredDefinition["direction"],
    dataSource: row.dataSource,
    frequency: row.frequency as StoredDefinition["frequency"],
    spatialUnit: row.spatialUnit as StoredDefinition["spatialUnit"],
    ...(row.sdgTarget ? { sdgTarget: row.sdgTarget } : {}),
    ...(row.standardReference ? { standardReference: row.standardReference } : {}),
    demo: row.demo,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function columnsOf(definition: IndicatorDefinition) {
  return {
    nameDe: definition.name.de,
    nameEn: definition.name.en,
    definitionDe: definition.definition.de,
    definitionEn: definition.definition.en,
    level: definition.level,
    unit: definition.unit,
    valueKind: definition.valueKind,
    numerator: definition.numerator ?? null,
    denominator: definition.denominator ?? null,
    direction: definition.direction,
    dataSource: definition.dataSource,
    frequency: definition.frequency,
    spatialUnit: definition.spatialUnit,
    sdgTarget: definition.sdgTarget ?? null,
    standardReference: definition.standardReference ?? null,
  };
}

/** Adds a definition; a key already taken changes nothing and answers false. */
export async function insertDefinition(
  tx: Executor,
  definition: IndicatorDefinition,
  meta: { by: string | null; now: Date; demo?: boolean },
): Promise<boolean> {
  const added = await tx
    .insert(monitoringIndicators)
    .values({
      key: definition.key,
      ...columnsOf(definition),
      demo: meta.demo ?? false,
      createdAt: meta.now,
      updatedAt: meta.now,
      createdBy: meta.by,
      updatedBy: meta.by,
    })
    .onConflictDoNothing()
    .returning({ key: monitoringIndicators.key });
  return added.length > 0;
}

/**
 * Saves a changed definition if it is still at `version` (nobody saved in between); answers the
 * new version, or null when the definition is missing or was changed meanwhile.
 */
export async function updateDefinition(
  tx: Executor,
  key: string,
  version: number,
  definition: IndicatorDefinition,
  meta: { by: string | null; now: Date },
): Promise<number | null> {
  const [row] = await tx
    .update(monitoringIndicators)
    .set({
      ...columnsOf(definition),
      version: version + 1,
      updatedAt: meta.now,
      updatedBy: meta.by,
      // A definition the office has reworded is no longer invented demo content.
      demo: false,
    })
    .where(and(eq(monitoringIndicators.key, key), eq(monitoringIndicators.version, version)))
    .returning({ version: monitoringIndicators.version });
  return row?.version ?? null;
}

export async function findDefinition(db: Executor, key: string): Promise<StoredDefinition | null> {
  const [row] = await db.select().from(monitoringIndicators).where(eq(monitoringIndicators.key, key));
  return row ? definitionOf(row) : null;
}

/** The definitions with these keys, by key (keys without one are left out). */
export async function findDefinitions(db: Executor, keys: readonly string[]): Promise<Map<string, StoredDefinition>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select()
    .from(monitoringIndicators)
    .where(inArray(monitoringIndicators.key, [...new Set(keys)]));
  return new Map(rows.map((row) => [row.key, definitionOf(row)]));
}

/** One page of the catalogue, by name in the reader's language, and how many definitions there are. */
export async function listDefinitions(
  db: Executor,
  options: { locale: Locale; limit: number; offset: number },
): Promise<{ items: StoredDefinition[]; total: number }> {
  const name = options.locale === "en" ? monitoringIndicators.nameEn : monitoringIndicators.nameDe;
  const [rows, counted] = await Promise.all([
    db
      .select()
      .from(monitoringIndicators)
      .orderBy(asc(name), asc(monitoringIndicators.key))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(monitoringIndicators),
  ]);
  return { items: rows.map(definitionOf), total: counted[0]?.n ?? 0 };
}

/** Whether any version of any measure's logic model uses the definition. */
export async function isDefinitionUsed(db: Executor, key: string): Promise<boolean> {
  const [row] = await db
    .select({ id: monitoringModelVersions.id })
    .from(monitoringModelVersions)
    .where(arrayContains(monitoringModelVersions.indicatorKeys, [key]))
    .limit(1);
  return row !== undefined;
}

/** Definitions to choose from in a form, by German name, at most `limit`. */
export async function definitionChoices(db: Executor, limit: number): Promise<StoredDefinition[]> {
  const rows = await db
    .select()
    .from(monitoringIndicators)
    .orderBy(asc(monitoringIndicators.nameDe), asc(monitoringIndicators.key))
    .limit(limit);
  return rows.map(definitionOf);
}

/** The definitions an account created or last changed, for "download my data". */
export async function definitionsOfAccount(db: Executor, accountId: string) {
  return db
    .select({
      key: monitoringIndicators.key,
      nameDe: monitoringIndicators.nameDe,
      createdBy: monitoringIndicators.createdBy,
      createdAt: monitoringIndicators.createdAt,
      updatedAt: monitoringIndicators.updatedAt,
    })
    .from(monitoringIndicators)
    .where(sql`${monitoringIndicators.createdBy} = ${accountId} or ${monitoringIndicators.updatedBy} = ${accountId}`);
}

/** Removes an account from the definitions it wrote; the definitions stay. */
export async function anonymiseDefinitions(tx: Executor, accountId: string): Promise<void> {
  await tx.update(monitoringIndicators).set({ createdBy: null }).where(eq(monitoringIndicators.createdBy, accountId));
  await tx.update(monitoringIndicators).set({ updatedBy: null }).where(eq(monitoringIndicators.updatedBy, accountId));
}
