import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { roleAssignments, users } from "../../../platform/identity/schema";

export type UserRow = typeof users.$inferSelect;

/** E-mail addresses are stored trimmed and in lower case, so lookups need no case folding. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, normalizeEmail(email)), isNull(users.deletedAt)))
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Global roles (without scope) held by the account, besides "resident" which every account has. */
export async function globalRolesOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), isNull(roleAssignments.scopeType)));
  return rows.map((r) => r.role);
}

/** How many live accounts hold the global administrator role. */
export async function countAdministrators(db: Executor): Promise<number> {
  const rows = await db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.role, "administrator"), isNull(roleAssignments.scopeType), isNull(users.deletedAt)));
  return new Set(rows.map((r) => r.userId)).size;
}
