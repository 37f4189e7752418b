import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { freeSeats, movingUp } from "../domain/registration";
import type { ParticipationMode, RegistrationStatus, SeatCounts, StoredWorkshop } from "../domain/workshop";
import { workshopGroups, workshopRegistrations, workshops } from "./schema";
import { workshopOf } from "./workshops";

/*
 * Seats are given under a lock of the event's row: a registration first counts the event's arrivals
 * up (which locks the row until the transaction ends), and a cancellation or a change of capacity
 * locks it too. So the seats counted inside one transaction stay counted until it commits, and no
 * two registrations can take the last seat, on PGlite as on PostgreSQL with many processes
 * (docs/decisions/0021-workshop-seats-under-a-row-lock.md).
 */

export interface StoredRegistration {
  id: string;
  workshopId: string;
  accountId: string;
  mode: ParticipationMode;
  status: RegistrationStatus;
  arrival: number;
  groupId: string | null;
  accessNeeds: string[];
  accessNeedOther: string | null;
  createdAt: Date;
  movedUpAt: Date | null;
  cancelledAt: Date | null;
}

type Row = typeof workshopRegistrations.$inferSelect;

function registrationOf(row: Row): StoredRegistration {
  return {
    id: row.id,
    workshopId: row.workshopId,
    accountId: row.accountId,
    mode: row.mode as ParticipationMode,
    status: row.status as RegistrationStatus,
    arrival: row.arrival,
    groupId: row.groupId,
    accessNeeds: row.accessNeeds,
    accessNeedOther: row.accessNeedOther,
    createdAt: row.createdAt,
    movedUpAt: row.movedUpAt,
    cancelledAt: row.cancelledAt,
  };
}

/**
 * Counts a new arrival at the event and locks its row until the transaction ends. Answers the event
 * as it is now and the arrival's number, or null when there is no such event.
 */
export async function arriveAt(
  tx: Executor,
  workshopId: string,
): Promise<{ workshop: StoredWorkshop; arrival: number } | null> {
  const [row] = await tx
    .update(workshops)
    .set({ arrivals: sql`${workshops.arrivals} + 1` })
    .where(eq(workshops.id, workshopId))
    .returning();
  return row ? { workshop: workshopOf(row), arrival: row.arrivals } : null;
}

/** Locks the event's row for a cancellation or a change of seats; null when there is no such event. */
export async function lockWorkshop(tx: Executor, workshopId: string): Promise<StoredWorkshop | null> {
  const [row] = await tx.select().from(workshops).where(eq(workshops.id, workshopId)).for("update");
  return row ? workshopOf(row) : null;
}

/** Seats given in one way of taking part (inside the lock, this count is exact). */
export async function seatsTaken(tx: Executor, workshopId: string, mode: ParticipationMode): Promise<number> {
  const [row] = await tx
    .select({ value: count() })
    .from(workshopRegistrations)
    .where(
      and(
        eq(workshopRegistrations.workshopId, workshopId),
        eq(workshopRegistrations.mode, mode),
        eq(workshopRegistrations.status, "registered"),
      ),
    );
  return row?.value ?? 0;
}

/** The person's registration of the event that is not cancelled, if any. */
export async function activeRegistration(
  db: Executor,
  workshopId: string,
  accountId: string,
): Promise<StoredRegistration | null> {
  const [row] = await db
    .select()
    .from(workshopRegistrations)
    .where(
      and(
        eq(workshopRegistrations.workshopId, workshopId),
        eq(workshopRegistrations.accountId, accountId),
        ne(workshopRegistrations.status, "cancelled"),
      ),
    );
  return row ? registrationOf(row) : null;
}

export async function findRegistration(db: Executor, id: string): Promise<StoredRegistration | null> {
  const [row] = await db.select().from(workshopRegistrations).where(eq(workshopRegistrations.id, id));
  return row ? registrationOf(row) : null;
}

export async function insertRegistration(
  tx: Executor,
  registration: Omit<StoredRegistration, "id" | "movedUpAt" | "cancelledAt">,
): Promise<string> {
  const [row] = await tx.insert(workshopRegistrations).values(registration).returning({ id: workshopRegistrations.id });
  if (!row) throw new Error("the registration was not written");
  return row.id;
}

/** Marks a registration cancelled; answers what it was before, or null when it was cancelled already. */
export async function markRegistrationCancelled(
  tx: Executor,
  id: string,
  now: Date,
): Promise<StoredRegistration | null> {
  const before = await findRegistration(tx, id);
  if (!before || before.status === "cancelled") return null;
  await tx
    .update(workshopRegistrations)
    .set({ status: "cancelled", cancelledAt: now })
    .where(eq(workshopRegistrations.id, id));
  return before;
}

/**
 * Gives the free seats of one way of taking part to the first who wait, in order of arrival (call
 * it holding the event's lock). Answers who moved up.
 */
export async function fillFreeSeats(
  tx: Executor,
  workshopId: string,
  mode: ParticipationMode,
  capacity: number,
  now: Date,
): Promise<StoredRegistration[]> {
  const free = freeSeats(await seatsTaken(tx, workshopId, mode), capacity);
  if (free === 0) return [];
  const waiting = await tx
    .select()
    .from(workshopRegistrations)
    .where(
      and(
        eq(workshopRegistrations.workshopId, workshopId),
        eq(workshopRegistrations.mode, mode),
        eq(workshopRegistrations.status, "waiting"),
      ),
    )
    .orderBy(asc(workshopRegistrations.arrival))
    .limit(free);
  const moving = movingUp(waiting.map(registrationOf), free);
  if (moving.length === 0) return [];
  await tx
    .update(workshopRegistrations)
    .set({ status: "registered", movedUpAt: now })
    .where(
      inArray(
        workshopRegistrations.id,
        moving.map((r) => r.id),
      ),
    );
  return moving.map((r) => ({ ...r, status: "registered" as const, movedUpAt: now }));
}

export async function seatCounts(db: Executor, workshopIds: readonly string[]): Promise<Map<string, SeatCounts>> {
  const counts = new Map<string, SeatCounts>();
  for (const id of workshopIds)
    counts.set(id, { registered: { on_site: 0, online: 0 }, waiting: { on_site: 0, online: 0 } });
  if (workshopIds.length === 0) return counts;
  const rows = await db
    .select({
      workshopId: workshopRegistrations.workshopId,
      mode: workshopRegistrations.mode,
      status: workshopRegistrations.status,
      value: count(),
    })
    .from(workshopRegistrations)
    .where(
      and(inArray(workshopRegistrations.workshopId, [...workshopIds]), ne(workshopRegistrations.status, "cancelled")),
    )
    .groupBy(workshopRegistrations.workshopId, workshopRegistrations.mode, workshopRegistrations.status);
  for (const row of rows) {
    const entry = counts.get(row.workshopId);
    const mode = row.mode as ParticipationMode;
    if (!entry || (row.status !== "registered" && row.status !== "waiting")) continue;
    entry[row.status][mode] = row.value;
  }
  return counts;
}

/** The access needs of the event's active registrations (for counts; never who asked). */
export async function accessNeedsOf(
  db: Executor,
  workshopId: string,
): Promise<Array<{ status: RegistrationStatus; needs: string[]; other: string | null }>> {
  const rows = await db
    .select({
      status: workshopRegistrations.status,
      needs: workshopRegistrations.accessNeeds,
      other: workshopRegistrations.accessNeedOther,
    })
    .from(workshopRegistrations)
    .where(and(eq(workshopRegistrations.workshopId, workshopId), ne(workshopRegistrations.status, "cancelled")));
  return rows.map((row) => ({ ...row, status: row.status as RegistrationStatus }));
}

/** How many chose each group (active registrations). */
export async function groupChoices(db: Executor, workshopId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ groupId: workshopRegistrations.groupId, value: count() })
    .from(workshopRegistrations)
    .where(and(eq(workshopRegistrations.workshopId, workshopId), ne(workshopRegistrations.status, "cancelled")))
    .groupBy(workshopRegistrations.groupId);
  return new Map(rows.flatMap((row) => (row.groupId ? [[row.groupId, row.value] as const] : [])));
}

/** Whether the group belongs to the event. */
export async function groupBelongsTo(db: Executor, groupId: string, workshopId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: workshopGroups.id })
    .from(workshopGroups)
    .where(and(eq(workshopGroups.id, groupId), eq(workshopGroups.workshopId, workshopId)));
  return row !== undefined;
}

/** Registered participants of the event not yet reminded (for the reminder mail). */
export async function registrationsToRemind(db: Executor, workshopId: string, limit: number) {
  const rows = await db
    .select()
    .from(workshopRegistrations)
    .where(
      and(
        eq(workshopRegistrations.workshopId, workshopId),
        eq(workshopRegistrations.status, "registered"),
        isNull(workshopRegistrations.remindedAt),
      ),
    )
    .orderBy(asc(workshopRegistrations.arrival))
    .limit(limit);
  return rows.map(registrationOf);
}

export async function markReminded(tx: Executor, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(workshopRegistrations)
    .set({ remindedAt: now })
    .where(inArray(workshopRegistrations.id, [...ids]));
}

/** Active registrations of the event (all of them, for calling it off), in order of arrival. */
export async function activeRegistrationsOf(db: Executor, workshopId: string): Promise<StoredRegistration[]> {
  const rows = await db
    .select()
    .from(workshopRegistrations)
    .where(and(eq(workshopRegistrations.workshopId, workshopId), ne(workshopRegistrations.status, "cancelled")))
    .orderBy(asc(workshopRegistrations.arrival));
  return rows.map(registrationOf);
}

/** Erases the access needs of every registration of the event (retention after the event). */
export async function eraseAccessNeeds(tx: Executor, workshopId: string, now: Date): Promise<void> {
  await tx
    .update(workshopRegistrations)
    .set({ accessNeeds: [], accessNeedOther: null })
    .where(eq(workshopRegistrations.workshopId, workshopId));
  await tx.update(workshops).set({ accessNeedsErasedAt: now }).where(eq(workshops.id, workshopId));
}

/** A person's registrations with the events' titles and times, newest first (for "download my data"). */
export async function registrationsOfAccount(db: Executor, accountId: string) {
  return db
    .select({
      registration: workshopRegistrations,
      title: workshops.title,
      startsAt: workshops.startsAt,
      group: workshopGroups.topic,
    })
    .from(workshopRegistrations)
    .innerJoin(workshops, eq(workshops.id, workshopRegistrations.workshopId))
    .leftJoin(workshopGroups, eq(workshopGroups.id, workshopRegistrations.groupId))
    .where(eq(workshopRegistrations.accountId, accountId))
    .orderBy(asc(workshops.startsAt));
}

/** Removes a person's registrations; answers the seats they held (event and way), to be passed on. */
export async function deleteRegistrationsOfAccount(
  tx: Executor,
  accountId: string,
): Promise<Array<{ workshopId: string; mode: ParticipationMode }>> {
  const removed = await tx
    .delete(workshopRegistrations)
    .where(eq(workshopRegistrations.accountId, accountId))
    .returning({
      workshopId: workshopRegistrations.workshopId,
      mode: workshopRegistrations.mode,
      status: workshopRegistrations.status,
    });
  return removed
    .filter((r) => r.status === "registered")
    .map((r) => ({ workshopId: r.workshopId, mode: r.mode as ParticipationMode }));
}

/** Takes the account off the events it created (the events stay). */
export async function forgetCreator(tx: Executor, accountId: string): Promise<void> {
  await tx.update(workshops).set({ createdBy: null }).where(eq(workshops.createdBy, accountId));
}

/** The arrivals of the waiting list of one way of taking part, in order (a waiting list is short). */
export async function waitingArrivals(db: Executor, workshopId: string, mode: ParticipationMode): Promise<number[]> {
  const rows = await db
    .select({ arrival: workshopRegistrations.arrival })
    .from(workshopRegistrations)
    .where(
      and(
        eq(workshopRegistrations.workshopId, workshopId),
        eq(workshopRegistrations.mode, mode),
        eq(workshopRegistrations.status, "waiting"),
      ),
    )
    .orderBy(asc(workshopRegistrations.arrival));
  return rows.map((row) => row.arrival);
}
