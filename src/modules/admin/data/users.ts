import { and, asc, count, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { roleAssignments, users } from "../../../platform/identity/schema";
import type { StoredGrant, UserSummary } from "../domain/accounts";

const summaryColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  emailVerifiedAt: users.emailVerifiedAt,
  createdAt: users.createdAt,
  deletedAt: users.deletedAt,
};

/** `%` and `_` typed by a person are searched literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accounts whose e-mail or display name contains `query`, newest first. */
export async function searchUsers(
  db: Executor,
  query: string | undefined,
  page: { limit: number; offset: number },
): Promise<{ items: UserSummary[]; total: number }> {
  let where: SQL | undefined;
  if (query) {
    const pattern = containsPattern(query);
    where = or(ilike(users.email, pattern), ilike(users.displayName, pattern));
  }
  const items = await db
    .select(summaryColumns)
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(page.limit)
    .offset(page.offset);
  const [totals] = await db.select({ total: count() }).from(users).where(where);
  return { items, total: totals?.total ?? 0 };
}

export async function findUser(db: Executor, id: string): Promise<UserSummary | null> {
  const [row] = await db.select(summaryColumns).from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row?.id ?? null;
}

/** The stored roles of one account (not the implicit resident role), global roles first. */
export async function storedGrants(db: Executor, userId: string): Promise<StoredGrant[]> {
  return db
    .select({
      id: roleAssignments.id,
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
      createdAt: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId))
    .orderBy(sql`${roleAssignments.scopeType} nulls first`, asc(roleAssignments.role), asc(roleAssignments.scopeId));
}

/** The stored roles of several accounts at once (for a page of a list). */
export async function storedGrantsOf(db: Executor, userIds: string[]): Promise<Map<string, StoredGrant[]>> {
  const byUser = new Map<string, StoredGrant[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: roleAssignments.userId,
      id: roleAssignments.id,
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
      createdAt: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(sql`${roleAssignments.scopeType} nulls first`, asc(roleAssignments.role), asc(roleAssignments.scopeId));
  for (const { userId, ...grant } of rows) {
    const list = byUser.get(userId) ?? [];
    list.push(grant);
    byUser.set(userId, list);
  }
  return byUser;
}

/** E-mail addresses (or null for deleted accounts) of several accounts, to label audit entries. */
export async function emailsOf(db: Executor, userIds: string[]): Promise<Map<string, string | null>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.email]));
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users).where(isNull(users.deletedAt));
  return row?.total ?? 0;
}

/**
 * The accounts (not deleted) that hold the global administrator role. With `lock`, their role rows
 * stay locked until the transaction ends, so two administrators can't remove each other at once.
 */
export async function administratorIds(db: Executor, options: { lock?: boolean } = {}): Promise<string[]> {
  const query = db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.role, "administrator"), isNull(roleAssignments.scopeType), isNull(users.deletedAt)));
  const rows = options.lock ? await query.for("update", { of: roleAssignments }) : await query;
  return rows.map((r) => r.userId);
}

/** Creates an account whose address counts as confirmed; null when the address is taken. */
export async function insertConfirmedAccount(
  db: Executor,
  account: { email: string; displayName: string; passwordHash: string; now: Date },
): Promise<{ id: string } | null> {
  const { now, ...values } = account;
  const [user] = await db
    .insert(users)
    .values({ ...values, emailVerifiedAt: now, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return user ?? null;
}

/** Stores a role of an account; false when the account holds it already. */
export async function insertGrant(
  db: Executor,
  grant: {
    userId: string;
    role: string;
    scopeType?: string | null;
    scopeId?: string | null;
    grantedBy: string | null;
    createdAt: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insert(roleAssignments)
    .values(grant)
    .onConflictDoNothing()
    .returning({ id: roleAssignments.id });
  return inserted.length > 0;
}

export async function deleteGrant(db: Executor, grantId: string): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.id, grantId));
}
