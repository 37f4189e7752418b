import { and, asc, eq, gt, lt, lte } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { participationPhases, participationProcesses } from "./schema";

/**
 * The processes whose running phase was not announced yet, with that phase's position: a phase
 * running now (`starts_at <= now < ends_at`) after the last one announced. Uses the phases' time index.
 */
export async function phasesToAnnounce(
  db: Executor,
  now: Date,
  limit: number,
): Promise<Array<{ processId: string; position: number }>> {
  return db
    .select({ processId: participationPhases.processId, position: participationPhases.position })
    .from(participationPhases)
    .innerJoin(participationProcesses, eq(participationProcesses.id, participationPhases.processId))
    .where(
      and(
        lte(participationPhases.startsAt, now),
        gt(participationPhases.endsAt, now),
        gt(participationPhases.position, participationProcesses.announcedPhase),
      ),
    )
    .orderBy(asc(participationPhases.startsAt))
    .limit(limit);
}

/**
 * Records that the phase at `position` was announced, unless it (or a later one) already was;
 * answers whether this call recorded it. The row lock makes a second process running the same job
 * wait and then find it done.
 */
export async function markAnnounced(tx: Executor, processId: string, position: number): Promise<boolean> {
  const rows = await tx
    .update(participationProcesses)
    .set({ announcedPhase: position })
    .where(and(eq(participationProcesses.id, processId), lt(participationProcesses.announcedPhase, position)))
    .returning({ id: participationProcesses.id });
  return rows.length > 0;
}
