import type { Deps } from "../../../platform/deps";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { administratorIds, countUsers } from "../data/users";
import type { AuditListItem } from "../domain/accounts";
import { auditLogPage } from "./read-audit-log";

/** The administration's start page: how many accounts and administrators, and the latest entries. */
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
