import { eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import { users } from "./schema";

/**
 * An account for demo content (supports, comments, authors): a confirmed `.invalid` address nobody
 * can receive mail at, and no password, so nobody can sign in with it. Found again by its address,
 * so a seed can run twice.
 */
export async function demoAccount(
  tx: Executor,
  account: { key: string; displayName: string; stakeholderGroup?: string; district?: string; now: Date },
): Promise<string> {
  const email = `${account.key}@demo.invalid`;
  const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (found) return found.id;
  const [row] = await tx
    .insert(users)
    .values({
      email,
      emailVerifiedAt: account.now,
      passwordHash: null,
      displayName: account.displayName,
      stakeholderGroup: account.stakeholderGroup ?? null,
      district: account.district ?? null,
      createdAt: account.now,
      updatedAt: account.now,
    })
    .returning({ id: users.id });
  if (!row) throw new Error("demo account not stored");
  return row.id;
}
