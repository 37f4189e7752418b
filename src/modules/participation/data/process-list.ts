import { and, arrayContains, asc, count, eq, exists, gt, lte, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { ProcessFilter } from "../domain/process-filter";
import type { StoredProcess } from "../domain/stored-process";
import { withPhases } from "./processes";
import { participationIdeas, participationPhases, participationProcesses } from "./schema";

const p = participationProcesses;

/** Each process's first start and last end, from its phases. */
function spans(db: Executor) {
  return db
    .select({
      processId: participationPhases.processId,
      firstStart: sql<Date>`min(${participationPhases.startsAt})`.as("first_start"),
      lastEnd: sql<Date>`max(${participationPhases.endsAt})`.as("last_end"),
    })
    .from(participationPhases)
    .groupBy(participationPhases.processId)
    .as("spans");
}

function conditions(db: Executor, span: ReturnType<typeof spans>, filter: ProcessFilter, now: Date): SQL[] {
  const where: SQL[] = [];
  if (filter.subject) where.push(eq(p.subjectKind, filter.subject));
  if (filter.actionField) where.push(eq(p.actionField, filter.actionField));
  if (filter.district) where.push(arrayContains(p.districts, [filter.district]));
  if (filter.method)
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(participationPhases)
          .where(and(eq(participationPhases.processId, p.id), eq(participationPhases.method, filter.method))),
      ),
    );
  if (filter.when === "current") where.push(lte(span.firstStart, now), gt(span.lastEnd, now));
  if (filter.when === "upcoming") where.push(gt(span.firstStart, now));
  if (filter.when === "past") where.push(lte(span.lastEnd, now));
  return where;
}

/**
 * One page of processes matching the filter: running ones first (ending soonest), then upcoming
 * ones (starting soonest), then past ones (ended last first).
 */
export async function listProcesses(
  db: Executor,
  filter: ProcessFilter,
  now: Date,
  limit: number,
  offset: number,
): Promise<{ items: StoredProcess[]; total: number }> {
  const span = spans(db);
  const where = and(...conditions(db, span, filter, now));
  const rank = sql`case when ${span.firstStart} > ${now} then 1 when ${span.lastEnd} <= ${now} then 2 else 0 end`;
  const [rows, [total]] = await Promise.all([
    db
      .select({ process: p })
      .from(p)
      .innerJoin(span, eq(span.processId, p.id))
      .where(where)
      .orderBy(
        rank,
        sql`case when ${span.firstStart} > ${now} then ${span.firstStart} when ${span.lastEnd} > ${now} then ${span.lastEnd} end asc nulls last`,
        sql`${span.lastEnd} desc`,
        asc(p.slug),
      )
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(p).innerJoin(span, eq(span.processId, p.id)).where(where),
  ]);
  return {
    items: await withPhases(
      db,
      rows.map((row) => row.process),
    ),
    total: total?.n ?? 0,
  };
}

/** How many processes concern each district, and how many the whole city (no district named). */
export async function districtCounts(db: Executor): Promise<{ perDistrict: Map<string, number>; cityWide: number }> {
  const [rows, [cityWide]] = await Promise.all([
    db
      .select({ district: sql<string>`unnest(${p.districts})`.as("district"), n: count() })
      .from(p)
      .groupBy(sql`1`),
    db.select({ n: count() }).from(p).where(sql`cardinality(${p.districts}) = 0`),
  ]);
  return { perDistrict: new Map(rows.map((row) => [row.district, row.n])), cityWide: cityWide?.n ?? 0 };
}

/** The processes about a measure (for its journey), at most `limit`. */
export async function processesOfMeasure(db: Executor, slug: string, limit: number): Promise<StoredProcess[]> {
  const rows = await db
    .select()
    .from(p)
    .where(and(eq(p.subjectKind, "measure"), eq(p.subjectKey, slug)))
    .orderBy(asc(p.createdAt))
    .limit(limit);
  return withPhases(db, rows);
}

/** The numbers of the Arena entries submitted to a process's idea call, newest first. */
export async function ideasOf(db: Executor, processId: string, limit: number): Promise<number[]> {
  const rows = await db
    .select({ number: participationIdeas.arenaEntryNumber })
    .from(participationIdeas)
    .where(eq(participationIdeas.processId, processId))
    .orderBy(sql`${participationIdeas.createdAt} desc`)
    .limit(limit);
  return rows.map((row) => row.number);
}
