import { eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";

/**
 * What voting needs to know of an account: whether its e-mail address is confirmed, and the district
 * in its profile. The one place this module reads the accounts' table.
 */
export async function readVoterAccount(
  db: Executor,
  userId: string,
): Promise<{ verified: boolean; district: string | null } | null> {
  const [user] = await db
    .select({ verified: users.emailVerifiedAt, district: users.district })
    .from(users)
    .where(eq(users.id, userId));
  return user ? { verified: user.verified !== null, district: user.district } : null;
}
