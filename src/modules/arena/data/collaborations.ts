import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";
import { arenaCollaborations, arenaEntries } from "./schema";

export type CollaborationRow = typeof arenaCollaborations.$inferSelect;

/** Stores an offer to take part; an open or accepted offer of the same person is found, not doubled. */
export async function insertCollaboration(
  tx: Executor,
  offer: { entryId: string; accountId: string; message: string; now: Date },
): Promise<{ id: string; created: boolean }> {
  const [row] = await tx
    .insert(arenaCollaborations)
    .values({ entryId: offer.entryId, accountId: offer.accountId, message: offer.message, createdAt: offer.now })
    .onConflictDoNothing()
    .returning({ id: arenaCollaborations.id });
  if (row) return { id: row.id, created: true };
  const [existing] = await tx
    .select({ id: arenaCollaborations.id })
    .from(arenaCollaborations)
    .where(
      and(
        eq(arenaCollaborations.entryId, offer.entryId),
        eq(arenaCollaborations.accountId, offer.accountId),
        inArray(arenaCollaborations.status, ["pending", "accepted"]),
      ),
    );
  if (!existing) throw new Error("offer neither stored nor found");
  return { id: existing.id, created: false };
}

export async function findCollaboration(db: Executor, id: string, lock = false) {
  const query = db.select().from(arenaCollaborations).where(eq(arenaCollaborations.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function decideCollaboration(tx: Executor, id: string, status: "accepted" | "declined", now: Date) {
  await tx.update(arenaCollaborations).set({ status, decidedAt: now }).where(eq(arenaCollaborations.id, id));
}

/**
 * The offers on an entry with the person's display name. The address comes only with an accepted
 * offer: the authors learn how to reach someone once they said yes.
 */
export async function collaborationsOf(db: Executor, entryId: string) {
  const rows = await db
    .select({
      id: arenaCollaborations.id,
      accountId: arenaCollaborations.accountId,
      message: arenaCollaborations.message,
      status: arenaCollaborations.status,
      createdAt: arenaCollaborations.createdAt,
      name: users.displayName,
      email: sql<string | null>`case when ${arenaCollaborations.status} = 'accepted' then ${users.email} end`,
    })
    .from(arenaCollaborations)
    .leftJoin(users, eq(users.id, arenaCollaborations.accountId))
    .where(eq(arenaCollaborations.entryId, entryId))
    .orderBy(asc(arenaCollaborations.createdAt));
  return rows;
}

/** The names of the people whose offer to an entry was accepted (null: a deleted account), oldest first. */
export async function acceptedTeamNames(db: Executor, entryId: string): Promise<Array<string | null>> {
  const rows = await db
    .select({ name: users.displayName })
    .from(arenaCollaborations)
    .leftJoin(users, eq(users.id, arenaCollaborations.accountId))
    .where(and(eq(arenaCollaborations.entryId, entryId), eq(arenaCollaborations.status, "accepted")))
    .orderBy(asc(arenaCollaborations.createdAt));
  return rows.map((row) => row.name);
}

/** The accounts that work on an entry: its author and everyone whose offer was accepted. */
export async function teamAccountIds(db: Executor, entryId: string): Promise<string[]> {
  const [entry] = await db
    .select({ authorId: arenaEntries.authorId })
    .from(arenaEntries)
    .where(eq(arenaEntries.id, entryId));
  const accepted = await db
    .select({ accountId: arenaCollaborations.accountId })
    .from(arenaCollaborations)
    .where(and(eq(arenaCollaborations.entryId, entryId), eq(arenaCollaborations.status, "accepted")));
  const ids = [entry?.authorId, ...accepted.map((a) => a.accountId)].filter((id): id is string => !!id);
  return [...new Set(ids)];
}

export async function collaborationsOfAccount(db: Executor, accountId: string) {
  return db
    .select({
      number: arenaEntries.number,
      message: arenaCollaborations.message,
      status: arenaCollaborations.status,
      createdAt: arenaCollaborations.createdAt,
    })
    .from(arenaCollaborations)
    .innerJoin(arenaEntries, eq(arenaEntries.id, arenaCollaborations.entryId))
    .where(eq(arenaCollaborations.accountId, accountId));
}

/** Erasing an account: its offers stay as "deleted account", the message (which may name it) goes. */
export async function anonymiseCollaborations(tx: Executor, accountId: string): Promise<void> {
  await tx
    .update(arenaCollaborations)
    .set({ accountId: null, message: "" })
    .where(eq(arenaCollaborations.accountId, accountId));
}
