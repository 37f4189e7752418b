import { and, eq, lt, ne } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { sessions } from "../../../platform/identity/schema";

/** Ends every session of the account but the one given (this browser's), or all when none is given. */
export async function endOtherSessions(db: Executor, userId: string, keepIdHash: string | null): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keepIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)) : eq(sessions.userId, userId),
    );
}

/** Removes the account's sessions that have expired. */
export async function deleteExpiredSessionsOf(db: Executor, userId: string, now: Date): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
}
