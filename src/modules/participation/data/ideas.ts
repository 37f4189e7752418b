import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { slugPattern } from "../domain/process-input";
import type { StoredProcess } from "../domain/stored-process";
import { withPhases } from "./processes";
import { participationIdeas, participationPhases, participationProcesses } from "./schema";

const p = participationProcesses;

/**
 * The processes whose idea-call phase runs at `now`, ending soonest first, with their phases. The
 * phases of one process never overlap, so each process comes once.
 */
export async function processesInIdeaCall(db: Executor, now: Date, limit: number): Promise<StoredProcess[]> {
  const rows = await db
    .select({ process: p })
    .from(p)
    .innerJoin(participationPhases, eq(participationPhases.processId, p.id))
    .where(
      and(
        eq(participationPhases.method, "idea-call"),
        lte(participationPhases.startsAt, now),
        gt(participationPhases.endsAt, now),
      ),
    )
    .orderBy(asc(participationPhases.endsAt), asc(p.slug))
    .limit(limit);
  return withPhases(
    db,
    rows.map((row) => row.process),
  );
}

/**
 * The process at this address with its phases, its row held until the transaction ends: the office
 * saving new phases waits, so an idea is never taken under phases that are being changed.
 */
export async function findProcessForIdea(tx: Executor, slug: string): Promise<StoredProcess | null> {
  if (!slugPattern.test(slug)) return null;
  const rows = await tx.select().from(p).where(eq(p.slug, slug)).for("share");
  const [process] = await withPhases(tx, rows);
  return process ?? null;
}

/** Records an Arena entry as submitted to a process's idea call; the same entry twice is kept once. */
export async function recordIdea(tx: Executor, processId: string, entryNumber: number, now: Date): Promise<void> {
  await tx
    .insert(participationIdeas)
    .values({ processId, arenaEntryNumber: entryNumber, createdAt: now })
    .onConflictDoNothing();
}
