import { asc, eq, inArray, sql } from "drizzle-orm";
import { type Executor, rowsOf } from "../../../platform/db/database";
import { arenaConsortia, arenaEntries } from "./schema";

export type ConsortiumRow = typeof arenaConsortia.$inferSelect;

export async function insertConsortium(
  tx: Executor,
  consortium: { name: string; description: string; createdBy: string | null; now: Date },
): Promise<{ id: string; number: number }> {
  const [row] = await tx
    .insert(arenaConsortia)
    .values({
      name: consortium.name,
      description: consortium.description,
      createdBy: consortium.createdBy,
      createdAt: consortium.now,
    })
    .returning({ id: arenaConsortia.id, number: arenaConsortia.number });
  if (!row) throw new Error("consortium not stored");
  return row;
}

/**
 * Locks the rows of these entries until the transaction ends, in the order of their numbers, so two
 * joins or requests on overlapping entries wait for each other and cannot deadlock.
 */
export async function lockEntries(tx: Executor, entryIds: readonly string[]): Promise<void> {
  if (entryIds.length === 0) return;
  await tx
    .select({ id: arenaEntries.id })
    .from(arenaEntries)
    .where(inArray(arenaEntries.id, [...entryIds]))
    .orderBy(asc(arenaEntries.number))
    .for("update");
}

export async function joinConsortium(tx: Executor, consortiumId: string, entryIds: string[]): Promise<void> {
  await tx.update(arenaEntries).set({ consortiumId }).where(inArray(arenaEntries.id, entryIds));
}

export async function findConsortiumByNumber(db: Executor, number: number) {
  const [row] = await db.select().from(arenaConsortia).where(eq(arenaConsortia.number, number));
  return row;
}

export async function consortiaByIds(db: Executor, ids: readonly string[]): Promise<ConsortiumRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(arenaConsortia)
    .where(inArray(arenaConsortia.id, [...ids]));
}

/** The supports of all member entries together (one person supporting two members counts once). */
export async function combinedSupports(db: Executor, consortiumId: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(distinct s.account_id)::int as n from arena_supports s
        join ${arenaEntries} e on e.id = s.entry_id where e.consortium_id = ${consortiumId}`,
  );
  return Number(row?.n ?? 0);
}
