import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import {
  apiTokens,
  emailTokens,
  recoveryCodes,
  roleAssignments,
  sessions,
  twoFactorCredentials,
  users,
} from "../../../platform/identity/schema";
import { mailOutbox } from "../../../platform/mail/schema";

export type UserRow = typeof users.$inferSelect;

/** E-mail addresses are stored trimmed and in lower case, so lookups need no case folding. */
function normalizeEmail(email: string): string {
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

/** Creates an account; null when the address has one already. */
export async function insertAccount(
  db: Executor,
  values: { email: string; displayName: string; passwordHash: string; locale: string; now: Date },
): Promise<{ id: string } | null> {
  const { now, ...account } = values;
  const [created] = await db
    .insert(users)
    .values({ ...account, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return created ?? null;
}

/** Changes columns of one account. */
export async function updateUser(
  db: Executor,
  userId: string,
  values: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, userId));
}

/**
 * Anonymises an account: address, name, password and profile answers are gone, and so are its
 * sessions, tokens, links, roles and the mails about it. The row stays for the contributions.
 */
export async function eraseAccount(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      email: null,
      emailVerifiedAt: null,
      passwordHash: null,
      displayName: "",
      locale: "de",
      district: null,
      stakeholderGroup: null,
      deletedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await db.delete(twoFactorCredentials).where(eq(twoFactorCredentials.userId, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.delete(apiTokens).where(eq(apiTokens.userId, userId));
  await db.delete(emailTokens).where(eq(emailTokens.userId, userId));
  await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  await db.delete(mailOutbox).where(eq(mailOutbox.userId, userId));
}
