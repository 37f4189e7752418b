import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { BallotRow } from "./queries";
import { budgetBallots } from "./schema";

/** Marks the voter's current ballot replaced; true when there was one. */
export async function replaceCurrentBallot(
  db: Executor,
  budgetId: string,
  voterKey: string,
  now: Date,
): Promise<boolean> {
  const replaced = await db
    .update(budgetBallots)
    .set({ replacedAt: now })
    .where(
      and(eq(budgetBallots.budgetId, budgetId), eq(budgetBallots.voterKey, voterKey), isNull(budgetBallots.replacedAt)),
    )
    .returning({ id: budgetBallots.id });
  return replaced.length > 0;
}

/** Stores a ballot; false when another submission of the same voter or form won the race. */
export async function insertBallot(
  db: Executor,
  ballot: Pick<
    BallotRow,
    "budgetId" | "headingId" | "voterKey" | "choices" | "receiptHash" | "idempotencyKey" | "createdAt"
  >,
): Promise<boolean> {
  const inserted = await db
    .insert(budgetBallots)
    .values(ballot)
    .onConflictDoNothing()
    .returning({ id: budgetBallots.id });
  return inserted.length > 0;
}
