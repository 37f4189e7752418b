import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/audit";
import type { Deps } from "../deps";
import { newToken } from "../security/tokens";
import { hashPassword } from "./passwords";
import { roleAssignments, users } from "./schema";

const FIRST_ADMIN_EMAIL = "admin@example.org";

/**
 * On the very first start there is nobody who could grant roles: create an administrator with a
 * random password and return its login, to be printed once. Returns null when an admin exists.
 */
export async function ensureFirstAdmin(deps: Deps): Promise<{ email: string; password: string } | null> {
  const password = newToken(deps.random, 15);
  const passwordHash = await hashPassword(password);
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.role, "administrator"), isNull(roleAssignments.scopeType)))
      .limit(1);
    if (existing.length > 0) return null;
    const [user] = await tx
      .insert(users)
      .values({
        email: FIRST_ADMIN_EMAIL,
        emailVerifiedAt: now,
        passwordHash,
        displayName: "Administrator",
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) return null;
    await tx.insert(roleAssignments).values({ userId: user.id, role: "administrator" });
    await recordAudit(
      tx,
      { kind: "system", label: "system" },
      {
        action: "admin.firstAdmin.create",
        objectType: "user",
        objectId: user.id,
        after: { email: FIRST_ADMIN_EMAIL, role: "administrator" },
      },
      now,
      null,
    );
    return { email: FIRST_ADMIN_EMAIL, password };
  });
}
