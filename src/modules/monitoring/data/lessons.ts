import { and, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { searchWords, tsQuery } from "../../../platform/db/text-search";
import type { LessonFilter, PublishedLesson } from "../domain/review-records";
import { monitoringLessons, monitoringReviewReports, monitoringReviewRounds } from "./schema";

function conditions(filter: LessonFilter): SQL[] {
  const where: SQL[] = [sql`${monitoringLessons.publishedAt} is not null`];
  if (filter.actionField) where.push(sql`${monitoringLessons.actionFieldIds} @> array[${filter.actionField}]::text[]`);
  if (filter.value) where.push(sql`${monitoringLessons.valueIds} @> array[${filter.value}]::text[]`);
  if (filter.tag) where.push(sql`${monitoringLessons.tags} @> array[${filter.tag}]::text[]`);
  if (filter.phase) where.push(eq(monitoringLessons.phaseId, filter.phase));
  const words = searchWords(filter.q);
  if (words.length > 0) where.push(sql`${monitoringLessons.search} @@ (${tsQuery(words)})`);
  return where;
}

/** One page of the published lessons a filter matches, newest first, and how many match. */
export async function listPublishedLessons(
  db: Executor,
  filter: LessonFilter,
  page: { limit: number; offset: number },
): Promise<{ items: PublishedLesson[]; total: number }> {
  const where = and(...conditions(filter));
  const [rows, counted] = await Promise.all([
    db
      .select({
        id: monitoringLessons.id,
        text: monitoringLessons.text,
        tags: monitoringLessons.tags,
        phaseId: monitoringLessons.phaseId,
        actionFieldIds: monitoringLessons.actionFieldIds,
        measureSlug: monitoringReviewReports.measureSlug,
        measureTitle: monitoringReviewReports.measureTitle,
        roundId: monitoringReviewRounds.id,
        roundTitle: monitoringReviewRounds.title,
        publishedAt: monitoringLessons.publishedAt,
      })
      .from(monitoringLessons)
      .innerJoin(monitoringReviewReports, eq(monitoringReviewReports.id, monitoringLessons.reportId))
      .innerJoin(monitoringReviewRounds, eq(monitoringReviewRounds.id, monitoringLessons.roundId))
      .where(where)
      .orderBy(desc(monitoringLessons.publishedAt), monitoringLessons.id)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(monitoringLessons).where(where),
  ]);
  return {
    items: rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? new Date(0) })),
    total: counted[0]?.n ?? 0,
  };
}

/** The tags used by published lessons, most used first, for the list's tag filter. */
export async function publishedLessonTags(db: Executor, limit: number): Promise<string[]> {
  const rows = await db
    .select({ tag: sql<string>`unnest(${monitoringLessons.tags})`.as("tag"), n: sql<number>`count(*)::int` })
    .from(monitoringLessons)
    .where(isNotNull(monitoringLessons.publishedAt))
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`, sql`1`)
    .limit(limit);
  return rows.map((row) => row.tag);
}

/** A measure's published lessons, newest first, for its journey. */
export async function publishedLessonsOfMeasure(db: Executor, measureId: string, limit: number) {
  return db
    .select({
      text: monitoringLessons.text,
      publishedAt: monitoringLessons.publishedAt,
      roundId: monitoringLessons.roundId,
      roundTitle: monitoringReviewRounds.title,
    })
    .from(monitoringLessons)
    .innerJoin(monitoringReviewRounds, eq(monitoringReviewRounds.id, monitoringLessons.roundId))
    .where(and(eq(monitoringLessons.measureId, measureId), isNotNull(monitoringLessons.publishedAt)))
    .orderBy(desc(monitoringLessons.publishedAt), monitoringLessons.position)
    .limit(limit) as Promise<{ text: string; publishedAt: Date; roundId: string; roundTitle: string }[]>;
}
