import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../db/database";
import { users } from "./schema";

/** What a vote needs to know about an account: whether its address is confirmed, and its district. */
export interface VoterAccount {
  verified: Date | null;
  district: string | null;
}

/** The account's confirmation time and district, or null when there is no such account. */
export async function readVoterAccount(db: Executor, userId: string): Promise<VoterAccount | null> {
  const [user] = await db
    .select({ verified: users.emailVerifiedAt, district: users.district })
    .from(users)
    .where(eq(users.id, userId));
  return user ?? null;
}

/**
 * The id of the (not deleted) account with this e-mail address, for an office that corrects where
 * someone votes; null when there is none. Compared in lower case, as accounts store it.
 */
export async function voterAccountIdByEmail(db: Executor, email: string): Promise<string | null> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.deletedAt)));
  return user?.id ?? null;
}
