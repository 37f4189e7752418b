import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";
import { arenaConsortiumRequests, arenaEntries } from "./schema";

export type ConsortiumRequestRow = typeof arenaConsortiumRequests.$inferSelect;
export type ConsortiumRequestAnswer = "accepted" | "declined" | "withdrawn";

/**
 * Stores a request of one entry's authors to another's; null when the same request is already open
 * (the partial unique index on open pairs keeps two clicks from making two).
 */
export async function insertConsortiumRequest(
  tx: Executor,
  request: {
    fromEntryId: string;
    toEntryId: string;
    requestedBy: string;
    message: string;
    consortiumName: string;
    now: Date;
  },
): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(arenaConsortiumRequests)
    .values({
      fromEntryId: request.fromEntryId,
      toEntryId: request.toEntryId,
      requestedBy: request.requestedBy,
      message: request.message,
      consortiumName: request.consortiumName,
      createdAt: request.now,
    })
    .onConflictDoNothing()
    .returning({ id: arenaConsortiumRequests.id });
  return row ?? null;
}

/** The open request between two entries, in either direction. */
export async function pendingRequestBetween(
  db: Executor,
  entryId: string,
  otherId: string,
): Promise<ConsortiumRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(arenaConsortiumRequests)
    .where(
      and(
        eq(arenaConsortiumRequests.status, "pending"),
        or(
          and(eq(arenaConsortiumRequests.fromEntryId, entryId), eq(arenaConsortiumRequests.toEntryId, otherId)),
          and(eq(arenaConsortiumRequests.fromEntryId, otherId), eq(arenaConsortiumRequests.toEntryId, entryId)),
        ),
      ),
    );
  return row;
}

export async function findConsortiumRequest(
  db: Executor,
  id: string,
  lock = false,
): Promise<ConsortiumRequestRow | undefined> {
  const query = db.select().from(arenaConsortiumRequests).where(eq(arenaConsortiumRequests.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function decideConsortiumRequest(tx: Executor, id: string, status: ConsortiumRequestAnswer, now: Date) {
  await tx.update(arenaConsortiumRequests).set({ status, decidedAt: now }).where(eq(arenaConsortiumRequests.id, id));
}

/**
 * The open requests of an entry for its authors' page: those it received (with the message and the
 * sender's display name, never an address) and those it sent, each with the other entry.
 */
export async function consortiumRequestsOf(db: Executor, entryId: string) {
  const r = arenaConsortiumRequests;
  const rows = await db
    .select({
      id: r.id,
      incoming: sql<boolean>`${r.toEntryId} = ${entryId}`,
      message: r.message,
      consortiumName: r.consortiumName,
      createdAt: r.createdAt,
      requesterName: users.displayName,
      otherNumber: arenaEntries.number,
      otherTitle: arenaEntries.title,
      otherLanguage: arenaEntries.language,
      otherHidden: sql<boolean>`${arenaEntries.hiddenReason} is not null`,
    })
    .from(r)
    .innerJoin(
      arenaEntries,
      sql`${arenaEntries.id} = case when ${r.fromEntryId} = ${entryId} then ${r.toEntryId} else ${r.fromEntryId} end`,
    )
    .leftJoin(users, eq(users.id, r.requestedBy))
    .where(and(eq(r.status, "pending"), or(eq(r.fromEntryId, entryId), eq(r.toEntryId, entryId))))
    .orderBy(asc(r.createdAt));
  return {
    incoming: rows.filter((row) => row.incoming),
    outgoing: rows.filter((row) => !row.incoming),
  };
}
export type ConsortiumRequestsOfEntry = Awaited<ReturnType<typeof consortiumRequestsOf>>;

/** The requests an account sent, for "download my data". */
export async function consortiumRequestsOfAccount(db: Executor, accountId: string) {
  return db
    .select({
      number: arenaEntries.number,
      message: arenaConsortiumRequests.message,
      consortiumName: arenaConsortiumRequests.consortiumName,
      status: arenaConsortiumRequests.status,
      createdAt: arenaConsortiumRequests.createdAt,
    })
    .from(arenaConsortiumRequests)
    .innerJoin(arenaEntries, eq(arenaEntries.id, arenaConsortiumRequests.toEntryId))
    .where(eq(arenaConsortiumRequests.requestedBy, accountId));
}

/**
 * Erasing an account: its requests stay between the entries, without the person and the message;
 * those still open are withdrawn (nobody is left to stand by them).
 */
export async function anonymiseConsortiumRequests(tx: Executor, accountId: string): Promise<void> {
  await tx
    .update(arenaConsortiumRequests)
    .set({
      requestedBy: null,
      message: "",
      status: sql`case when ${arenaConsortiumRequests.status} = 'pending' then 'withdrawn' else ${arenaConsortiumRequests.status} end`,
    })
    .where(eq(arenaConsortiumRequests.requestedBy, accountId));
}
