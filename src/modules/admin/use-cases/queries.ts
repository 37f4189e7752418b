import { z } from "zod";
import { type AuditRecord, listAuditEntries } from "../../../platform/audit/queries";
import type { Deps } from "../../../platform/deps";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "../../../platform/errors/errors";
import { type Actor, can } from "../../../platform/permissions/permissions";
import {
  administratorIds,
  countUsers,
  emailsOf,
  findUser,
  findUserIdByEmail,
  type StoredGrant,
  searchUsers,
  storedGrants,
  storedGrantsOf,
  type UserSummary,
} from "../data/users";
import { endOfDay, startOfDay } from "../domain/time";

/** The reads of the administration area; each checks its permission like a use case does. */
export function requirePermission(actor: Actor, action: string): void {
  if (can(actor, action)) return;
  throw actor.kind === "guest" ? new Unauthenticated("errors.unauthenticated") : new Forbidden("errors.forbidden");
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const pageNumber = z.coerce
  .number("admin.pageFormat")
  .int("admin.pageFormat")
  .min(1, "admin.pageFormat")
  .max(100_000)
  .catch(1);

export const userSearchInput = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => v?.trim().slice(0, 200) || undefined),
  page: pageNumber,
  pageSize: z.coerce.number().int().min(1).max(100).catch(20),
});
export type UserSearch = z.output<typeof userSearchInput>;

export type UserListItem = UserSummary & { grants: StoredGrant[] };

export async function listUsers(deps: Deps, actor: Actor, search: UserSearch): Promise<Page<UserListItem>> {
  requirePermission(actor, "admin.users.read");
  const { db } = deps.database;
  const { items, total } = await searchUsers(db, search.q, {
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  const grants = await storedGrantsOf(
    db,
    items.map((u) => u.id),
  );
  return {
    items: items.map((u) => ({ ...u, grants: grants.get(u.id) ?? [] })),
    total,
    page: search.page,
    pageSize: search.pageSize,
  };
}

export async function userDetails(
  deps: Deps,
  actor: Actor,
  userId: string,
): Promise<{ user: UserSummary; grants: StoredGrant[] }> {
  requirePermission(actor, "admin.users.read");
  if (!z.uuid().safeParse(userId).success) throw new NotFound("admin.users.notFound");
  const { db } = deps.database;
  const user = await findUser(db, userId);
  if (!user) throw new NotFound("admin.users.notFound");
  return { user, grants: await storedGrants(db, userId) };
}

/** The id of the account with this e-mail address, or null. */
export async function accountIdByEmail(deps: Deps, actor: Actor, email: string): Promise<string | null> {
  requirePermission(actor, "admin.users.read");
  return findUserIdByEmail(deps.database.db, email);
}

const isoDay = z.iso.date("admin.audit.dateFormat");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "admin.audit.filterTooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

/** The filter of the audit log page, as sent by its GET form. */
export const auditFilterInput = z
  .object({
    actor: optionalText(200),
    objectType: optionalText(60),
    from: z.preprocess((v) => (v === "" ? undefined : v), isoDay.optional()),
    to: z.preprocess((v) => (v === "" ? undefined : v), isoDay.optional()),
    page: pageNumber,
    pageSize: z.coerce.number().int().min(1).max(100).catch(25),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "admin.audit.toBeforeFrom" });
export type AuditFilterInput = z.output<typeof auditFilterInput>;

export interface AuditListItem extends AuditRecord {
  /** The e-mail address of the acting account, when it still exists. */
  actorEmail: string | null;
  /** For entries about an account: its e-mail address, when it still exists. */
  objectEmail: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One page of the audit log, newest first. The actor is an e-mail address, an account id, or the
 * name of an actor without an account (e.g. `cli`); the dates are whole days in the city's time zone.
 */
export async function auditLogPage(deps: Deps, actor: Actor, filter: AuditFilterInput): Promise<Page<AuditListItem>> {
  requirePermission(actor, "admin.audit.read");
  const { db } = deps.database;
  let actorId: string | undefined;
  let actorLabel: string | undefined;
  if (filter.actor && uuidPattern.test(filter.actor)) {
    actorId = filter.actor.toLowerCase();
  } else if (filter.actor?.includes("@")) {
    const found = await findUserIdByEmail(db, filter.actor);
    if (!found) throw new Invalid("errors.invalidQuery", [{ path: "actor", message: "admin.audit.unknownActor" }], 400);
    actorId = found;
  } else {
    actorLabel = filter.actor;
  }
  const { items, total } = await listAuditEntries(
    db,
    {
      actorId,
      actorLabel,
      objectType: filter.objectType,
      from: filter.from ? startOfDay(filter.from) : undefined,
      until: filter.to ? endOfDay(filter.to) : undefined,
    },
    { limit: filter.pageSize, offset: (filter.page - 1) * filter.pageSize },
  );
  const accountIds = new Set<string>();
  for (const entry of items) {
    if (entry.actorId) accountIds.add(entry.actorId);
    if (entry.objectType === "user" && entry.objectId && uuidPattern.test(entry.objectId))
      accountIds.add(entry.objectId);
  }
  const emails = await emailsOf(db, [...accountIds]);
  return {
    items: items.map((entry) => ({
      ...entry,
      actorEmail: entry.actorId ? (emails.get(entry.actorId) ?? null) : null,
      objectEmail: entry.objectType === "user" && entry.objectId ? (emails.get(entry.objectId) ?? null) : null,
    })),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

export async function adminOverview(
  deps: Deps,
  actor: Actor,
): Promise<{ accounts: number; administrators: number; recent: AuditListItem[] }> {
  requirePermission(actor, "admin.access");
  const { db } = deps.database;
  const accounts = await countUsers(db);
  const administrators = (await administratorIds(db)).length;
  const recent = can(actor, "admin.audit.read")
    ? (await auditLogPage(deps, actor, { actor: undefined, objectType: undefined, page: 1, pageSize: 5 })).items
    : [];
  return { accounts, administrators, recent };
}
