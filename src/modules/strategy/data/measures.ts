import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import { actorLabel } from "../../../platform/audit/audit";
import type { Executor } from "../../../platform/db/database";
import { searchWords, tsQuery } from "../../../platform/db/text-search";
import type { Actor } from "../../../platform/permissions/permissions";
import type { AssessmentRecord } from "../domain/assessment";
import type {
  ListOptions,
  MeasureFilter,
  MeasureListItem,
  MeasureSort,
  StoredMeasure,
  VersionEntry,
} from "../domain/catalogue";
import { diff, type FieldChange } from "../domain/diff";
import {
  blankContent,
  emptyExtras,
  type MeasureContent,
  type MeasureStatus,
  type MeasureType,
  type SourceStatus,
} from "../domain/model";
import { actionFields, assessments, measures, measureVersions, organisations } from "./schema";

type MeasureRow = typeof measures.$inferSelect;
type MeasureInsert = typeof measures.$inferInsert;

function contentOf(row: MeasureRow): MeasureContent {
  return {
    title: { de: row.titleDe, en: row.titleEn },
    summary: { de: row.summaryDe, en: row.summaryEn },
    description: { de: row.descriptionDe, en: row.descriptionEn },
    type: row.type as MeasureType,
    pilot: row.pilot,
    origin: row.origin as MeasureContent["origin"],
    originRef: row.originRef,
    responsibleOrganisationId: row.responsibleOrganisationId,
    involvedOrganisationIds: row.involvedOrganisationIds,
    cityWide: row.cityWide,
    districtIds: row.districtIds,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    periodNote: { de: row.periodNoteDe, en: row.periodNoteEn },
    status: (row.status as MeasureStatus | null) ?? null,
    phaseId: row.phaseId,
    actionFieldIds: row.actionFieldIds,
    spatialLevelIds: row.spatialLevelIds,
    goals: {
      output: { de: row.goalOutputDe, en: row.goalOutputEn },
      outcome: { de: row.goalOutcomeDe, en: row.goalOutcomeEn },
      impact: { de: row.goalImpactDe, en: row.goalImpactEn },
    },
    indicators: row.indicators,
    team: row.team,
    resources: row.resources,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    links: row.links,
    extras: { ...emptyExtras(), ...row.extras },
    sourceStatus: row.sourceStatus as SourceStatus,
  };
}

export function columnsOf(content: MeasureContent): Omit<MeasureInsert, "slug" | "createdAt" | "updatedAt"> {
  return {
    titleDe: content.title.de,
    titleEn: content.title.en,
    summaryDe: content.summary.de,
    summaryEn: content.summary.en,
    descriptionDe: content.description.de,
    descriptionEn: content.description.en,
    type: content.type,
    pilot: content.pilot,
    origin: content.origin,
    originRef: content.originRef,
    responsibleOrganisationId: content.responsibleOrganisationId,
    involvedOrganisationIds: content.involvedOrganisationIds,
    cityWide: content.cityWide,
    districtIds: content.districtIds,
    periodStart: content.periodStart,
    periodEnd: content.periodEnd,
    periodNoteDe: content.periodNote.de,
    periodNoteEn: content.periodNote.en,
    status: content.status,
    phaseId: content.phaseId,
    actionFieldIds: content.actionFieldIds,
    spatialLevelIds: content.spatialLevelIds,
    goalOutputDe: content.goals.output.de,
    goalOutputEn: content.goals.output.en,
    goalOutcomeDe: content.goals.outcome.de,
    goalOutcomeEn: content.goals.outcome.en,
    goalImpactDe: content.goals.impact.de,
    goalImpactEn: content.goals.impact.en,
    indicators: content.indicators,
    team: content.team,
    resources: content.resources,
    contactName: content.contactName,
    contactEmail: content.contactEmail,
    links: content.links,
    extras: content.extras,
    sourceStatus: content.sourceStatus,
  };
}

function stored(row: MeasureRow): StoredMeasure {
  return {
    id: row.id,
    slug: row.slug,
    code: row.code,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    strongValueIds: row.strongValueIds,
    content: contentOf(row),
  };
}

const { search: _search, titleSearch: _titleSearch, ...measureColumns } = getTableColumns(measures);

export async function findMeasureBySlug(db: Executor, slug: string): Promise<StoredMeasure | null> {
  const [row] = await db.select(measureColumns).from(measures).where(eq(measures.slug, slug));
  return row ? stored(row as MeasureRow) : null;
}

export async function findMeasuresByCodes(db: Executor, codes: string[]): Promise<StoredMeasure[]> {
  if (codes.length === 0) return [];
  const rows = await db.select(measureColumns).from(measures).where(inArray(measures.code, codes));
  return rows.map((r) => stored(r as MeasureRow));
}

/** The measures with these ids (a page of another module's rows that name measures by id). */
export async function findMeasuresByIds(db: Executor, ids: string[]): Promise<StoredMeasure[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(measureColumns).from(measures).where(inArray(measures.id, ids));
  return rows.map((r) => stored(r as MeasureRow));
}

/** Code → slug of every measure with a code, and every slug in use (for an import's checks). */
export async function measureKeys(db: Executor): Promise<{ byCode: Map<string, string>; slugs: Set<string> }> {
  const rows = await db.select({ code: measures.code, slug: measures.slug }).from(measures);
  const byCode = new Map<string, string>();
  for (const r of rows) if (r.code) byCode.set(r.code, r.slug);
  return { byCode, slugs: new Set(rows.map((r) => r.slug)) };
}

export async function countMeasures(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(measures);
  return row?.n ?? 0;
}

export async function insertMeasure(
  db: Executor,
  values: { slug: string; code: string | null; content: MeasureContent; now: Date; strongValueIds?: string[] },
): Promise<string> {
  const [row] = await db
    .insert(measures)
    .values({
      slug: values.slug,
      code: values.code,
      ...columnsOf(values.content),
      strongValueIds: values.strongValueIds ?? [],
      version: 1,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning({ id: measures.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/**
 * Saves new content if the stored version is still `expectedVersion` (optimistic locking); returns
 * the new version, or null when someone else saved in between.
 */
export async function updateMeasure(
  db: Executor,
  id: string,
  expectedVersion: number,
  content: MeasureContent,
  now: Date,
  extra: { strongValueIds?: string[] } = {},
): Promise<number | null> {
  const [row] = await db
    .update(measures)
    .set({ ...columnsOf(content), ...extra, version: sql`${measures.version} + 1`, updatedAt: now })
    .where(and(eq(measures.id, id), eq(measures.version, expectedVersion)))
    .returning({ version: measures.version });
  return row?.version ?? null;
}

export async function insertVersion(
  db: Executor,
  entry: {
    measureId: string;
    version: number;
    kind: string;
    at: Date;
    authorId: string | null;
    authorLabel: string;
    changes: FieldChange[];
  },
): Promise<void> {
  await db.insert(measureVersions).values(entry);
}

/** The version history, newest first, a page at a time. */
export async function listVersions(
  db: Executor,
  measureId: string,
  page: { limit: number; offset: number },
): Promise<{ items: VersionEntry[]; total: number }> {
  const rows = await db
    .select({
      version: measureVersions.version,
      kind: measureVersions.kind,
      at: measureVersions.at,
      authorId: measureVersions.authorId,
      authorLabel: measureVersions.authorLabel,
      changes: measureVersions.changes,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(measureVersions)
    .where(eq(measureVersions.measureId, measureId))
    .orderBy(desc(measureVersions.version))
    .limit(page.limit)
    .offset(page.offset);
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export async function assessmentHistory(
  db: Executor,
  measureId: string,
): Promise<Array<AssessmentRecord & { recordedAt: Date }>> {
  const rows = await db
    .select()
    .from(assessments)
    .where(eq(assessments.measureId, measureId))
    .orderBy(asc(assessments.sequence));
  return rows.map((r) => ({
    valueId: r.valueId,
    score: r.score,
    rationale: { de: r.rationaleDe, en: r.rationaleEn },
    assessedBy: r.assessedBy,
    assessedOn: r.assessedOn,
    sourceStatus: (r.sourceStatus as SourceStatus | null) ?? null,
    sequence: r.sequence,
    recordedAt: r.recordedAt,
  }));
}

export async function insertAssessment(
  db: Executor,
  measureId: string,
  record: AssessmentRecord,
  recorded: { at: Date; by: string },
): Promise<void> {
  await db.insert(assessments).values({
    measureId,
    valueId: record.valueId,
    sequence: record.sequence,
    score: record.score,
    rationaleDe: record.rationale.de,
    rationaleEn: record.rationale.en,
    assessedBy: record.assessedBy,
    assessedOn: record.assessedOn,
    recordedAt: recorded.at,
    recordedBy: recorded.by,
    sourceStatus: record.sourceStatus ?? null,
  });
}

// ---------- lists, filters and search ----------

function conditions(filter: MeasureFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.type) where.push(eq(measures.type, filter.type));
  if (filter.status) where.push(eq(measures.status, filter.status));
  if (filter.phase) where.push(eq(measures.phaseId, filter.phase));
  if (filter.pilot !== undefined) where.push(eq(measures.pilot, filter.pilot));
  if (filter.actionField) where.push(sql`${measures.actionFieldIds} @> array[${filter.actionField}]::text[]`);
  if (filter.cluster && filter.clusterActionFieldIds) {
    const ids = filter.clusterActionFieldIds.length ? filter.clusterActionFieldIds : ["\u0000"];
    where.push(
      sql`${measures.actionFieldIds} && array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::text[]`,
    );
  } else if (filter.cluster) {
    where.push(
      sql`${measures.actionFieldIds} && array(select ${actionFields.id} from ${actionFields} where ${actionFields.clusterId} = ${filter.cluster})`,
    );
  }
  if (filter.district) where.push(sql`${measures.districtIds} @> array[${filter.district}]::text[]`);
  if (filter.spatialLevel) where.push(sql`${measures.spatialLevelIds} @> array[${filter.spatialLevel}]::text[]`);
  if (filter.value) where.push(sql`${measures.strongValueIds} @> array[${filter.value}]::text[]`);
  if (filter.organisation) {
    where.push(
      sql`(${measures.responsibleOrganisationId} = ${filter.organisation} or ${measures.involvedOrganisationIds} @> array[${filter.organisation}]::text[])`,
    );
  }
  const words = searchWords(filter.q);
  if (words.length > 0) where.push(sql`${measures.search} @@ (${tsQuery(words)})`);
  return where;
}

function orderOf(sort: MeasureSort, locale: "de" | "en", words: string[]): SQL[] {
  const titleKey =
    locale === "en"
      ? sql`(coalesce(nullif(${measures.titleEn}, ''), ${measures.titleDe})) collate "und-x-icu"`
      : sql`${measures.titleDe} collate "und-x-icu"`;
  switch (sort) {
    case "start":
      return [sql`${measures.periodStart} asc nulls last`, sql`${measures.id}`];
    case "updated":
      return [sql`${measures.updatedAt} desc`, sql`${measures.id}`];
    case "relevance":
      // Measures whose title matches come first; ts_rank over the whole text would have to read
      // every matching description, which is slow for a common word.
      if (words.length > 0)
        return [sql`(${measures.titleSearch} @@ (${tsQuery(words)})) desc`, titleKey, sql`${measures.id}`];
      return [titleKey, sql`${measures.id}`];
    default:
      return [titleKey, sql`${measures.id}`];
  }
}

/** The query behind a page of the list (exposed so its plan can be inspected with EXPLAIN). */
export function listMeasuresQuery(db: Executor, filter: MeasureFilter, options: ListOptions) {
  const where = conditions(filter);
  return db
    .select({
      slug: measures.slug,
      titleDe: measures.titleDe,
      titleEn: measures.titleEn,
      summaryDe: measures.summaryDe,
      summaryEn: measures.summaryEn,
      type: measures.type,
      pilot: measures.pilot,
      status: measures.status,
      phaseId: measures.phaseId,
      actionFieldIds: measures.actionFieldIds,
      districtIds: measures.districtIds,
      cityWide: measures.cityWide,
      periodStart: measures.periodStart,
      periodEnd: measures.periodEnd,
      sourceStatus: measures.sourceStatus,
      updatedAt: measures.updatedAt,
      orgId: organisations.id,
      orgNameDe: organisations.nameDe,
      orgNameEn: organisations.nameEn,
    })
    .from(measures)
    .leftJoin(organisations, eq(organisations.id, measures.responsibleOrganisationId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(...orderOf(options.sort, options.locale, searchWords(filter.q)))
    .limit(options.limit)
    .offset(options.offset);
}

/** One page of measures matching the filter, with the number of all matches. */
export async function listMeasures(
  db: Executor,
  filter: MeasureFilter,
  options: ListOptions,
): Promise<{ items: MeasureListItem[]; total: number }> {
  // Counting separately lets the page itself stop after `limit` rows along an index; a window
  // count over the page query would read every match first.
  const [rows, total] = await Promise.all([listMeasuresQuery(db, filter, options), countMatching(db, filter)]);
  return {
    total,
    items: rows.map((r) => ({
      slug: r.slug,
      title: { de: r.titleDe, en: r.titleEn },
      summary: { de: r.summaryDe, en: r.summaryEn },
      type: r.type as MeasureType,
      pilot: r.pilot,
      status: (r.status as MeasureStatus | null) ?? null,
      phaseId: r.phaseId,
      actionFieldIds: r.actionFieldIds,
      districtIds: r.districtIds,
      cityWide: r.cityWide,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      responsibleOrganisation: r.orgId ? { id: r.orgId, name: { de: r.orgNameDe ?? "", en: r.orgNameEn ?? "" } } : null,
      sourceStatus: r.sourceStatus as SourceStatus,
      updatedAt: r.updatedAt,
    })),
  };
}

async function countMatching(db: Executor, filter: MeasureFilter): Promise<number> {
  const where = conditions(filter);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(measures)
    .where(where.length ? and(...where) : undefined);
  return row?.n ?? 0;
}

/**
 * Every measure matching the filter, with all fields, a batch at a time (for exports): never the
 * whole table in memory at once.
 */
export async function* exportMeasures(
  db: Executor,
  filter: MeasureFilter,
  batchSize = 500,
): AsyncGenerator<Array<StoredMeasure & { assessments: AssessmentRecord[] }>> {
  let after: string | null = null;
  for (;;) {
    const where = conditions(filter);
    if (after) where.push(sql`${measures.id} > ${after}`);
    const rows = await db
      .select(measureColumns)
      .from(measures)
      .where(where.length ? and(...where) : undefined)
      .orderBy(asc(measures.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    const batch = rows.map((r) => stored(r as MeasureRow));
    const ids = batch.map((m) => m.id);
    const assessmentRows = await db
      .select()
      .from(assessments)
      .where(inArray(assessments.measureId, ids))
      .orderBy(asc(assessments.sequence));
    yield batch.map((m) => ({
      ...m,
      assessments: assessmentRows
        .filter((a) => a.measureId === m.id)
        .map((a) => ({
          valueId: a.valueId,
          score: a.score,
          rationale: { de: a.rationaleDe, en: a.rationaleEn },
          assessedBy: a.assessedBy,
          assessedOn: a.assessedOn,
          sourceStatus: (a.sourceStatus as SourceStatus | null) ?? null,
          sequence: a.sequence,
        })),
    }));
    after = batch[batch.length - 1]?.id ?? null;
    if (rows.length < batchSize) return;
  }
}

async function countRows(db: Executor, query: SQL): Promise<Array<{ id: string; n: number }>> {
  const result = (await db.execute(query)) as unknown as { rows: Array<{ id: string; n: number }> };
  return result.rows;
}

/** How many measures each action field has (for the strategy overview). */
export async function measureCountsByActionField(db: Executor): Promise<Map<string, number>> {
  const rows = await countRows(
    db,
    sql`select af as id, count(*)::int as n from ${measures}, unnest(${measures.actionFieldIds}) as af group by af`,
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** How many measures each district has. */
export async function measureCountsByDistrict(
  db: Executor,
): Promise<{ byDistrict: Map<string, number>; cityWide: number }> {
  const rows = await countRows(
    db,
    sql`select d as id, count(*)::int as n from ${measures}, unnest(${measures.districtIds}) as d group by d`,
  );
  const [cw] = await db.select({ n: sql<number>`count(*)::int` }).from(measures).where(eq(measures.cityWide, true));
  return { byDistrict: new Map(rows.map((r) => [r.id, Number(r.n)])), cityWide: cw?.n ?? 0 };
}

// ---------- new measures ----------

/** The first of `slug`, `slug-2`, `slug-3`, … that no measure has. */
export async function nextFreeSlug(tx: Executor, slug: string): Promise<string> {
  if (!(await findMeasureBySlug(tx, slug))) return slug;
  let n = 2;
  while (await findMeasureBySlug(tx, `${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** Writes a new measure with its first version, which names the actor who created it. */
export async function insertNewMeasure(
  tx: Executor,
  measure: { slug: string; content: MeasureContent; actor: Actor; now: Date },
): Promise<void> {
  const id = await insertMeasure(tx, { slug: measure.slug, code: null, content: measure.content, now: measure.now });
  await insertVersion(tx, {
    measureId: id,
    version: 1,
    kind: "created",
    at: measure.now,
    authorId: measure.actor.kind === "user" ? measure.actor.id : null,
    authorLabel: actorLabel(measure.actor),
    changes: diff(blankContent(), measure.content),
  });
}

/** Fresh planner statistics after a bulk change: the embedded database runs no autovacuum. */
export async function refreshPlannerStatistics(tx: Executor): Promise<void> {
  await tx.execute(sql`analyze strategy_measures, strategy_organisations, strategy_assessments`);
}
