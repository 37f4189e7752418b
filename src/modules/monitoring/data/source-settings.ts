import { eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { monitoringSources } from "./schema";

/**
 * The stored settings of automatic data sources (which source feeds which indicator use). Fetching
 * is sources.ts's work; setting a source up by form comes with the background job.
 */

/** The sources an account set up, for "download my data". */
export async function sourcesOfAccount(db: Executor, accountId: string) {
  return db
    .select({
      measureId: monitoringSources.measureId,
      indicator: monitoringSources.indicatorKey,
      kind: monitoringSources.kind,
      createdAt: monitoringSources.createdAt,
    })
    .from(monitoringSources)
    .where(eq(monitoringSources.createdBy, accountId))
    .orderBy(monitoringSources.createdAt);
}

/** Removes an account from the sources it set up; the sources keep running. */
export async function anonymiseSources(tx: Executor, accountId: string): Promise<void> {
  await tx.update(monitoringSources).set({ createdBy: null }).where(eq(monitoringSources.createdBy, accountId));
}
