import { and, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";

/** What a notification needs to know about its recipient. */
export interface Recipient {
  id: string;
  displayName: string;
  locale: string;
  /** Null when the address is missing or not confirmed: such an account gets no mail. */
  mailTo: string | null;
}

/** The accounts among the ids that still exist (deleted accounts hear nothing), in id order. */
export async function recipientsAmong(db: Executor, ids: readonly string[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      locale: users.locale,
      email: users.email,
      verifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(and(inArray(users.id, [...ids]), isNull(users.deletedAt)));
  return rows
    .map((r) => ({
      id: r.id,
      displayName: r.displayName,
      locale: r.locale,
      mailTo: r.email && r.verifiedAt ? r.email : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
