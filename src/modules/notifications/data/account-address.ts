import { eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";

/** Whether mail can reach the account: an address that was confirmed. */
export async function hasConfirmedAddress(db: Executor, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ email: users.email, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, accountId));
  return !!row?.email && !!row.verifiedAt;
}
