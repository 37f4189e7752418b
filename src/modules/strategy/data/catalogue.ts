import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { readCounter } from "../../../platform/cache/change-counters";
import type { Db, Executor } from "../../../platform/db/database";
import { type FieldIssue, Invalid } from "../../../platform/errors/errors";
import type { Reference, StoredOrganisation, StrategyInfo, UpsertOutcome } from "../domain/catalogue";
import type {
  ActionField,
  Cluster,
  CompassValue,
  GovernanceBody,
  Organisation,
  Phase,
  SourceStatus,
  SpatialLevel,
} from "../domain/model";
import type { KnownCatalogue } from "../domain/strategy-file";
import { measureKeys } from "./measures";
import {
  actionFields,
  clusters,
  compassValues,
  governanceBodies,
  organisations,
  phases,
  spatialLevels,
  strategyMeta,
} from "./schema";

const STRATEGY_META_ID = "strategy";

const status = (s: string) => s as SourceStatus;

export async function loadReference(db: Executor): Promise<Reference> {
  // One after the other: `db` may be a transaction, which runs one query at a time.
  const meta = await db.select().from(strategyMeta).where(eq(strategyMeta.id, STRATEGY_META_ID));
  const valueRows = await db.select().from(compassValues).orderBy(asc(compassValues.position));
  const clusterRows = await db.select().from(clusters).orderBy(asc(clusters.position));
  const fieldRows = await db.select().from(actionFields).orderBy(asc(actionFields.position));
  const levelRows = await db.select().from(spatialLevels).orderBy(asc(spatialLevels.position));
  const phaseRows = await db.select().from(phases).orderBy(asc(phases.position));
  const bodyRows = await db.select().from(governanceBodies).orderBy(asc(governanceBodies.position));
  const m = meta[0];
  return {
    strategy: m
      ? {
          name: { de: m.nameDe, en: m.nameEn },
          short: m.short,
          adoptedBy: m.adoptedBy,
          adoptedOn: m.adoptedOn,
          owner: m.owner,
          fundingProgramme: m.fundingProgramme,
          sources: m.sources,
          scale: { de: m.scaleLabelsDe, en: m.scaleLabelsEn },
        }
      : null,
    values: valueRows.map((v) => ({
      id: v.id,
      position: v.position,
      name: { de: v.nameDe, en: v.nameEn },
      description: { de: v.descriptionDe, en: v.descriptionEn },
      questions: v.questions,
      sourceStatus: status(v.sourceStatus),
    })),
    clusters: clusterRows.map((c) => ({
      id: c.id,
      position: c.position,
      name: { de: c.nameDe, en: c.nameEn },
      sourceStatus: status(c.sourceStatus),
    })),
    actionFields: fieldRows.map(actionFieldOf),
    spatialLevels: levelRows.map((l) => ({
      id: l.id,
      position: l.position,
      name: { de: l.nameDe, en: l.nameEn },
      sourceStatus: status(l.sourceStatus),
    })),
    phases: phaseRows.map((p) => ({ id: p.id, position: p.position, name: { de: p.nameDe, en: p.nameEn } })),
    governanceBodies: bodyRows.map((b) => ({
      id: b.id,
      position: b.position,
      name: { de: b.nameDe, en: b.nameEn },
      role: { de: b.roleDe, en: b.roleEn },
    })),
  };
}

/**
 * The catalogue's change counter (moved on by triggers on every strategy table), read on the given
 * executor, so a transaction sees its own changes.
 */
export function catalogueVersion(db: Executor): Promise<number> {
  return readCounter(db, "catalogue");
}

const referenceCache = new WeakMap<object, { version: number; reference: Reference }>();

/**
 * The reference tables for page and API requests, kept in memory per database and reloaded as
 * soon as any process changed the catalogue (the counter is read before the tables, so a change
 * is never missed). Callers must not change the returned object.
 */
export async function cachedReference(db: Db, version?: number): Promise<Reference> {
  const current = version ?? (await catalogueVersion(db));
  const hit = referenceCache.get(db);
  if (hit && hit.version === current) return hit.reference;
  const reference = await loadReference(db);
  referenceCache.set(db, { version: current, reference });
  return reference;
}

function actionFieldOf(f: typeof actionFields.$inferSelect): ActionField & { version: number } {
  return {
    id: f.id,
    clusterId: f.clusterId,
    position: f.position,
    name: { de: f.nameDe, en: f.nameEn },
    description: { de: f.descriptionDe, en: f.descriptionEn },
    sourceStatus: status(f.sourceStatus),
    version: f.version,
  };
}

export async function findActionField(db: Executor, id: string): Promise<(ActionField & { version: number }) | null> {
  const [row] = await db.select().from(actionFields).where(eq(actionFields.id, id));
  return row ? actionFieldOf(row) : null;
}

function organisationOf(o: typeof organisations.$inferSelect): StoredOrganisation {
  return {
    id: o.id,
    name: { de: o.nameDe, en: o.nameEn },
    kind: o.kind,
    sourceStatus: status(o.sourceStatus),
    version: o.version,
  };
}

export async function findOrganisation(db: Executor, id: string): Promise<StoredOrganisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ? organisationOf(row) : null;
}

export async function findOrganisations(db: Executor, ids: readonly string[]): Promise<StoredOrganisation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return rows.map(organisationOf);
}

/** The organisations named by measures (responsible, involved, in the team), by id. */
export async function organisationsOf(
  db: Executor,
  contents: Array<{
    responsibleOrganisationId: string | null;
    involvedOrganisationIds: string[];
    team?: Array<{ organisationId: string | null }>;
  }>,
): Promise<Map<string, StoredOrganisation>> {
  const ids = new Set<string>();
  for (const c of contents) {
    if (c.responsibleOrganisationId) ids.add(c.responsibleOrganisationId);
    for (const id of c.involvedOrganisationIds) ids.add(id);
    for (const m of c.team ?? []) if (m.organisationId) ids.add(m.organisationId);
  }
  return new Map((await findOrganisations(db, [...ids])).map((o) => [o.id, o]));
}

/** Organisations by name, a page at a time. */
export async function listOrganisations(
  db: Executor,
  page: { limit: number; offset: number },
): Promise<{ items: StoredOrganisation[]; total: number }> {
  const rows = await db
    .select({ organisation: organisations, total: sql<number>`count(*) over ()::int` })
    .from(organisations)
    .orderBy(sql`${organisations.nameDe} collate "und-x-icu"`, asc(organisations.id))
    .limit(page.limit)
    .offset(page.offset);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page.offset > 0) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations);
    total = row?.n ?? 0;
  }
  return { items: rows.map((r) => organisationOf(r.organisation)), total };
}

/** Every organisation's id and name, for choosing one in a form (a city has hundreds, not millions). */
export async function organisationChoices(
  db: Executor,
): Promise<Array<{ id: string; name: { de: string; en: string } }>> {
  const rows = await db
    .select({ id: organisations.id, nameDe: organisations.nameDe, nameEn: organisations.nameEn })
    .from(organisations)
    .orderBy(sql`${organisations.nameDe} collate "und-x-icu"`)
    .limit(2000);
  return rows.map((r) => ({ id: r.id, name: { de: r.nameDe, en: r.nameEn } }));
}

// ---------- writes (used by the import and the office's use cases) ----------

/** Inserts or updates a row by its id; compares first so an unchanged row is not written. */
async function upsert(
  current: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  write: { insert: () => Promise<unknown>; update: () => Promise<unknown> },
): Promise<UpsertOutcome> {
  if (!current) {
    await write.insert();
    return "created";
  }
  const changed = Object.keys(next).some((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
  if (!changed) return "unchanged";
  await write.update();
  return "updated";
}

/** The reference tables the import writes as they are: a text id, no version. */
type PlainTable =
  | typeof compassValues
  | typeof clusters
  | typeof spatialLevels
  | typeof phases
  | typeof governanceBodies;

/** Inserts or updates one row of a reference table by its id (see `upsert`). */
async function upsertById<T extends PlainTable>(
  db: Executor,
  table: T,
  id: string,
  next: Omit<T["$inferInsert"], "id">,
): Promise<UpsertOutcome> {
  // Drizzle cannot follow a table given as a type parameter, so the generic table is treated as
  // one of the union for the three queries; `next` is checked against T by the signature above.
  const t = table as PlainTable;
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return upsert(row, next, {
    insert: () => db.insert(t).values({ id, ...next } as T["$inferInsert"]),
    update: () => db.update(t).set(next).where(eq(t.id, id)),
  });
}

export async function upsertStrategyInfo(
  db: Executor,
  info: Omit<StrategyInfo, "scale"> | null,
  scale: StrategyInfo["scale"] | null,
  now: Date,
): Promise<UpsertOutcome> {
  const [row] = await db.select().from(strategyMeta).where(eq(strategyMeta.id, STRATEGY_META_ID));
  const next = {
    ...(info
      ? {
          nameDe: info.name.de,
          nameEn: info.name.en,
          short: info.short,
          adoptedBy: info.adoptedBy,
          adoptedOn: info.adoptedOn,
          owner: info.owner,
          fundingProgramme: info.fundingProgramme,
          sources: info.sources,
        }
      : {}),
    ...(scale ? { scaleLabelsDe: scale.de, scaleLabelsEn: scale.en } : {}),
  };
  if (Object.keys(next).length === 0) return "unchanged";
  return upsert(row, next, {
    insert: () =>
      db.insert(strategyMeta).values({
        id: STRATEGY_META_ID,
        nameDe: info?.name.de ?? "",
        scaleLabelsDe: scale?.de ?? ["0", "1", "2", "3"],
        scaleLabelsEn: scale?.en ?? ["0", "1", "2", "3"],
        ...next,
        updatedAt: now,
      }),
    update: () =>
      db
        .update(strategyMeta)
        .set({ ...next, updatedAt: now })
        .where(eq(strategyMeta.id, STRATEGY_META_ID)),
  });
}

export async function upsertValue(db: Executor, v: CompassValue): Promise<UpsertOutcome> {
  return upsertById(db, compassValues, v.id, {
    position: v.position,
    nameDe: v.name.de,
    nameEn: v.name.en,
    descriptionDe: v.description.de,
    descriptionEn: v.description.en,
    questions: v.questions,
    sourceStatus: v.sourceStatus,
  });
}

export async function upsertCluster(db: Executor, c: Cluster): Promise<UpsertOutcome> {
  return upsertById(db, clusters, c.id, {
    position: c.position,
    nameDe: c.name.de,
    nameEn: c.name.en,
    sourceStatus: c.sourceStatus,
  });
}

export async function upsertSpatialLevel(db: Executor, l: SpatialLevel): Promise<UpsertOutcome> {
  return upsertById(db, spatialLevels, l.id, {
    position: l.position,
    nameDe: l.name.de,
    nameEn: l.name.en,
    sourceStatus: l.sourceStatus,
  });
}

export async function upsertPhase(db: Executor, p: Phase): Promise<UpsertOutcome> {
  return upsertById(db, phases, p.id, { position: p.position, nameDe: p.name.de, nameEn: p.name.en });
}

export async function upsertGovernanceBody(db: Executor, b: GovernanceBody): Promise<UpsertOutcome> {
  return upsertById(db, governanceBodies, b.id, {
    position: b.position,
    nameDe: b.name.de,
    nameEn: b.name.en,
    roleDe: b.role.de,
    roleEn: b.role.en,
  });
}

/** An action field's columns apart from its id and version: what creating it and the import write. */
function actionFieldColumns(f: ActionField) {
  return {
    clusterId: f.clusterId,
    position: f.position,
    nameDe: f.name.de,
    nameEn: f.name.en,
    descriptionDe: f.description.de,
    descriptionEn: f.description.en,
    sourceStatus: f.sourceStatus,
  };
}

/** An organisation's columns apart from its id and version: what creating it and the import write. */
function organisationColumns(o: Organisation) {
  return { nameDe: o.name.de, nameEn: o.name.en, kind: o.kind, sourceStatus: o.sourceStatus };
}

/** Action fields and organisations carry a version: every change bumps it (optimistic locking). */
export async function upsertActionField(db: Executor, f: ActionField, now: Date): Promise<UpsertOutcome> {
  const [row] = await db.select().from(actionFields).where(eq(actionFields.id, f.id));
  const next = actionFieldColumns(f);
  return upsert(row, next, {
    insert: () => insertActionField(db, f, now),
    update: () =>
      db
        .update(actionFields)
        .set({ ...next, version: sql`${actionFields.version} + 1`, updatedAt: now })
        .where(eq(actionFields.id, f.id)),
  });
}

export async function upsertOrganisation(db: Executor, o: Organisation, now: Date): Promise<UpsertOutcome> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, o.id));
  const next = organisationColumns(o);
  return upsert(row, next, {
    insert: () => insertOrganisation(db, o, now),
    update: () =>
      db
        .update(organisations)
        .set({ ...next, version: sql`${organisations.version} + 1`, updatedAt: now })
        .where(eq(organisations.id, o.id)),
  });
}

/** Saves an action field if its version is still `expectedVersion`; false when someone saved in between. */
export async function updateActionFieldAt(
  db: Executor,
  f: ActionField,
  expectedVersion: number,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(actionFields)
    .set({
      clusterId: f.clusterId,
      nameDe: f.name.de,
      nameEn: f.name.en,
      descriptionDe: f.description.de,
      descriptionEn: f.description.en,
      version: sql`${actionFields.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(actionFields.id, f.id), eq(actionFields.version, expectedVersion)))
    .returning({ id: actionFields.id });
  return rows.length === 1;
}

export async function nextActionFieldPosition(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${actionFields.position}), 0)::int` }).from(actionFields);
  return (row?.n ?? 0) + 1;
}

export async function updateOrganisationAt(
  db: Executor,
  o: Organisation,
  expectedVersion: number,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(organisations)
    .set({
      nameDe: o.name.de,
      nameEn: o.name.en,
      kind: o.kind,
      version: sql`${organisations.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(organisations.id, o.id), eq(organisations.version, expectedVersion)))
    .returning({ id: organisations.id });
  return rows.length === 1;
}

export async function insertOrganisation(db: Executor, o: Organisation, now: Date): Promise<void> {
  await db.insert(organisations).values({ id: o.id, ...organisationColumns(o), version: 1, updatedAt: now });
}

export async function insertActionField(db: Executor, f: ActionField, now: Date): Promise<void> {
  await db.insert(actionFields).values({ id: f.id, ...actionFieldColumns(f), version: 1, updatedAt: now });
}

// ---------- checks of a form's references ----------

/** Refuses ids that name nothing in the catalogue, naming the field. */
export async function checkReferences(
  db: Executor,
  refs: { responsible?: string | null; involved?: string[]; actionFields?: string[]; spatialLevels?: string[] },
): Promise<void> {
  const issues: FieldIssue[] = [];
  const orgIds = [...(refs.responsible ? [refs.responsible] : []), ...(refs.involved ?? [])];
  const knownOrgs = new Set(
    orgIds.length
      ? (await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds))).map(
          (r) => r.id,
        )
      : [],
  );
  if (refs.responsible && !knownOrgs.has(refs.responsible))
    issues.push({ path: "responsible", message: "strategy.form.unknownOrganisation" });
  if ((refs.involved ?? []).some((id) => !knownOrgs.has(id)))
    issues.push({ path: "involved", message: "strategy.form.unknownOrganisation" });
  const fields = refs.actionFields ?? [];
  if (fields.length) {
    const known = new Set(
      (await db.select({ id: actionFields.id }).from(actionFields).where(inArray(actionFields.id, fields))).map(
        (r) => r.id,
      ),
    );
    if (fields.some((id) => !known.has(id)))
      issues.push({ path: "action_fields", message: "strategy.form.unknownActionField" });
  }
  const levels = refs.spatialLevels ?? [];
  if (levels.length) {
    const known = new Set(
      (await db.select({ id: spatialLevels.id }).from(spatialLevels).where(inArray(spatialLevels.id, levels))).map(
        (r) => r.id,
      ),
    );
    if (levels.some((id) => !known.has(id))) issues.push({ path: "spatial_levels", message: "strategy.form.choice" });
  }
  if (issues.length) throw new Invalid("errors.invalidInput", issues);
}

/** What the catalogue holds already, for checking a strategy file against it. */
export async function knownCatalogue(db: Executor): Promise<KnownCatalogue> {
  const reference = await loadReference(db);
  const orgRows = await db.select({ id: organisations.id, nameDe: organisations.nameDe }).from(organisations);
  const keys = await measureKeys(db);
  return {
    values: new Set(reference.values.map((v) => v.id)),
    clusters: new Set(reference.clusters.map((c) => c.id)),
    actionFields: new Set(reference.actionFields.map((f) => f.id)),
    spatialLevels: new Set(reference.spatialLevels.map((l) => l.id)),
    phases: reference.phases,
    organisations: orgRows,
    measures: keys.byCode,
    slugs: keys.slugs,
  };
}

/** Refuses a cluster the catalogue does not have. */
export async function checkCluster(tx: Executor, cluster: string): Promise<void> {
  const { clusters } = await loadReference(tx);
  if (!clusters.some((c) => c.id === cluster))
    throw new Invalid("errors.invalidInput", [{ path: "cluster", message: "strategy.form.choice" }]);
}
