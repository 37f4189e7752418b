import { and, asc, count, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { isUuid } from "../../../platform/ids";
import type { WorkshopInput } from "../domain/inputs";
import type { StoredWorkshop, WorkshopFormat, WorkshopGroup } from "../domain/workshop";
import { workshopGroups, workshops } from "./schema";

type Row = typeof workshops.$inferSelect;

export function workshopOf(row: Row): StoredWorkshop {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    agenda: row.agenda,
    format: row.format as WorkshopFormat,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    venue: row.venue,
    accessibility: row.accessibility,
    onlineUrl: row.onlineUrl,
    capacities: { onSite: row.capacityOnSite, online: row.capacityOnline },
    measureSlug: row.measureSlug,
    arenaEntryNumber: row.arenaEntryNumber,
    processId: row.processId,
    cancelledAt: row.cancelledAt,
    attendance: { onSite: row.attendedOnSite, online: row.attendedOnline },
    summary: row.summary,
    results: row.results,
    followUps: row.followUps,
    documentedAt: row.documentedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Whether any event was ever created (the demo seed adds its events only to an empty list). */
export async function hasAnyWorkshop(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: workshops.id }).from(workshops).limit(1);
  return row !== undefined;
}

/** When any event was last created or changed (the open-data catalogue's date), or null for none. */
export async function lastWorkshopChange(db: Executor): Promise<Date | null> {
  const [row] = await db.select({ at: sql<Date | null>`max(${workshops.updatedAt})` }).from(workshops);
  return row?.at ? new Date(row.at) : null;
}

/** The event with this id, or null (also for a string that is no id at all). */
export async function findWorkshop(db: Executor, id: string): Promise<StoredWorkshop | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(workshops).where(eq(workshops.id, id));
  return row ? workshopOf(row) : null;
}

/** The event's groups in their order. */
export async function groupsOf(db: Executor, workshopId: string): Promise<WorkshopGroup[]> {
  return db
    .select({ id: workshopGroups.id, topic: workshopGroups.topic })
    .from(workshopGroups)
    .where(eq(workshopGroups.workshopId, workshopId))
    .orderBy(asc(workshopGroups.position));
}

function columnsOf(input: WorkshopInput) {
  return {
    title: input.title,
    description: input.description,
    agenda: input.agenda,
    format: input.format,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    venue: input.venue,
    accessibility: input.accessibility,
    onlineUrl: input.onlineUrl,
    capacityOnSite: input.capacities.onSite,
    capacityOnline: input.capacities.online,
    measureSlug: input.measure,
    arenaEntryNumber: input.arenaEntry,
  };
}

export async function insertWorkshop(
  tx: Executor,
  input: WorkshopInput & { processId?: string | null },
  by: string | null,
  now: Date,
): Promise<string> {
  const [row] = await tx
    .insert(workshops)
    .values({ ...columnsOf(input), processId: input.processId ?? null, createdBy: by, createdAt: now, updatedAt: now })
    .returning({ id: workshops.id });
  if (!row) throw new Error("the event was not written");
  await replaceGroups(tx, row.id, input.groups);
  return row.id;
}

export async function updateWorkshop(tx: Executor, id: string, input: WorkshopInput, now: Date): Promise<void> {
  await tx
    .update(workshops)
    .set({ ...columnsOf(input), updatedAt: now })
    .where(eq(workshops.id, id));
  await replaceGroups(tx, id, input.groups);
}

/**
 * Keeps the groups whose topic stays (people who chose them keep their choice), removes the others
 * (their participants keep their seat without a group) and adds the new ones, in the given order.
 */
async function replaceGroups(tx: Executor, workshopId: string, topics: readonly string[]): Promise<void> {
  const existing = await groupsOf(tx, workshopId);
  const kept = existing.filter((group) => topics.includes(group.topic));
  const removed = existing.filter((group) => !topics.includes(group.topic)).map((group) => group.id);
  if (removed.length > 0) await tx.delete(workshopGroups).where(inArray(workshopGroups.id, removed));
  // Positions are moved out of the way first, so the unique (event, position) holds at every step.
  if (kept.length > 0)
    await tx
      .update(workshopGroups)
      .set({ position: sql`${workshopGroups.position} + 1000` })
      .where(eq(workshopGroups.workshopId, workshopId));
  for (const [position, topic] of topics.entries()) {
    const group = kept.find((g) => g.topic === topic);
    if (group) await tx.update(workshopGroups).set({ position }).where(eq(workshopGroups.id, group.id));
    else await tx.insert(workshopGroups).values({ workshopId, position, topic });
  }
}

export async function recordDocumentation(
  tx: Executor,
  id: string,
  documentation: {
    attendedOnSite: number | null;
    attendedOnline: number | null;
    summary: string | null;
    results: string | null;
    followUps: string[];
  },
  now: Date,
): Promise<void> {
  await tx
    .update(workshops)
    .set({ ...documentation, documentedAt: now, updatedAt: now })
    .where(eq(workshops.id, id));
}

export async function markCancelled(tx: Executor, id: string, now: Date): Promise<void> {
  await tx.update(workshops).set({ cancelledAt: now, updatedAt: now }).where(eq(workshops.id, id));
}

/** A page of upcoming events (not over at `now`, soonest first) or past ones (latest first). */
export async function listWorkshops(
  db: Executor,
  options: { when: "upcoming" | "past"; now: Date; limit: number; offset: number },
): Promise<{ items: StoredWorkshop[]; total: number }> {
  const where = options.when === "upcoming" ? gte(workshops.endsAt, options.now) : lt(workshops.endsAt, options.now);
  const order =
    options.when === "upcoming"
      ? [asc(workshops.startsAt), asc(workshops.id)]
      : [desc(workshops.startsAt), desc(workshops.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(workshops)
      .where(where)
      .orderBy(...order)
      .limit(options.limit)
      .offset(options.offset),
    db.select({ value: count() }).from(workshops).where(where),
  ]);
  return { items: rows.map(workshopOf), total: total?.value ?? 0 };
}

/** Events starting in [from, to), in time order, at most `limit` (a month holds far fewer). */
export async function workshopsStartingBetween(db: Executor, from: Date, to: Date, limit: number) {
  const rows = await db
    .select()
    .from(workshops)
    .where(and(gte(workshops.startsAt, from), lt(workshops.startsAt, to)))
    .orderBy(asc(workshops.startsAt), asc(workshops.id))
    .limit(limit);
  return rows.map(workshopOf);
}

/** The events of a calendar feed: those ending after `since`, optionally of one measure, soonest first. */
export async function workshopsForFeed(
  db: Executor,
  options: { since: Date; measureSlug?: string; limit: number },
): Promise<StoredWorkshop[]> {
  const rows = await db
    .select()
    .from(workshops)
    .where(
      and(
        gte(workshops.endsAt, options.since),
        options.measureSlug === undefined ? undefined : eq(workshops.measureSlug, options.measureSlug),
      ),
    )
    .orderBy(asc(workshops.startsAt), asc(workshops.id))
    .limit(options.limit);
  return rows.map(workshopOf);
}

/** Every event on a measure, for its journey, oldest first (a measure has a handful). */
export async function workshopsOfMeasure(db: Executor, measureSlug: string, limit: number): Promise<StoredWorkshop[]> {
  const rows = await db
    .select()
    .from(workshops)
    .where(eq(workshops.measureSlug, measureSlug))
    .orderBy(asc(workshops.startsAt), asc(workshops.id))
    .limit(limit);
  return rows.map(workshopOf);
}

/** The events on an Arena entry that take place, soonest first (an entry has a handful). */
export async function workshopsOfArenaEntry(
  db: Executor,
  entryNumber: number,
  limit: number,
): Promise<StoredWorkshop[]> {
  const rows = await db
    .select()
    .from(workshops)
    .where(and(eq(workshops.arenaEntryNumber, entryNumber), sql`${workshops.cancelledAt} is null`))
    .orderBy(asc(workshops.startsAt), asc(workshops.id))
    .limit(limit);
  return rows.map(workshopOf);
}

/** The events of a participation process, soonest first (a process has a handful). */
export async function workshopsOfProcess(db: Executor, processId: string, limit: number): Promise<StoredWorkshop[]> {
  const rows = await db
    .select()
    .from(workshops)
    .where(eq(workshops.processId, processId))
    .orderBy(asc(workshops.startsAt), asc(workshops.id))
    .limit(limit);
  return rows.map(workshopOf);
}
