import { asc, desc, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { arenaEntries, arenaStateChanges } from "./schema";

export async function insertStateChange(
  tx: Executor,
  change: {
    entryId: string;
    fromState: string;
    toState: string;
    explanation: string;
    changedBy: string | null;
    now: Date;
  },
): Promise<void> {
  const { now, ...rest } = change;
  await tx.insert(arenaStateChanges).values({ ...rest, createdAt: now });
}

/** The public history of an entry, oldest first. */
export async function stateHistory(db: Executor, entryId: string) {
  return db
    .select({
      fromState: arenaStateChanges.fromState,
      toState: arenaStateChanges.toState,
      explanation: arenaStateChanges.explanation,
      createdAt: arenaStateChanges.createdAt,
    })
    .from(arenaStateChanges)
    .where(eq(arenaStateChanges.entryId, entryId))
    .orderBy(asc(arenaStateChanges.createdAt));
}

/** The latest changes of state over all entries, for the feed. */
export async function latestStateChanges(db: Executor, limit: number) {
  return db
    .select({
      id: arenaStateChanges.id,
      number: arenaEntries.number,
      title: arenaEntries.title,
      hiddenReason: arenaEntries.hiddenReason,
      toState: arenaStateChanges.toState,
      explanation: arenaStateChanges.explanation,
      createdAt: arenaStateChanges.createdAt,
    })
    .from(arenaStateChanges)
    .innerJoin(arenaEntries, eq(arenaEntries.id, arenaStateChanges.entryId))
    .orderBy(desc(arenaStateChanges.createdAt))
    .limit(limit);
}
