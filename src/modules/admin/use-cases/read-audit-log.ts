import { listAuditEntries } from "../../../platform/audit/queries";
import type { Deps } from "../../../platform/deps";
import { Invalid } from "../../../platform/errors/errors";
import { isUuid } from "../../../platform/ids";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { endOfCityDay, startOfCityDay } from "../../../platform/reference-data";
import { emailsOf, findUserIdByEmail } from "../data/users";
import type { AuditListItem, Page } from "../domain/accounts";
import type { AuditFilterInput } from "../domain/filters";
import { systemActorGroups } from "../domain/system-actors";

/**
 * One page of the audit log, newest first. The actor is an e-mail address, an account id, or the
 * stored name of an actor without an account (e.g. `cli`); `system` picks the actors without an
 * account by the kind of work they do; the dates are whole days in the city's time zone.
 */
export async function auditLogPage(deps: Deps, actor: Actor, filter: AuditFilterInput): Promise<Page<AuditListItem>> {
  requirePermission(actor, "admin.audit.read");
  const { db } = deps.database;
  let actorId: string | undefined;
  let actorLabel: string | string[] | undefined;
  if (isUuid(filter.actor)) {
    actorId = filter.actor.toLowerCase();
  } else if (filter.actor?.includes("@")) {
    const found = await findUserIdByEmail(db, filter.actor);
    if (!found) throw new Invalid("errors.invalidQuery", [{ path: "actor", message: "admin.audit.unknownActor" }], 400);
    actorId = found;
  } else {
    actorLabel = filter.actor;
  }
  if (filter.system) {
    const labels: string[] = [...systemActorGroups[filter.system]];
    // With a name typed as well, only entries that match both.
    const typed = actorLabel;
    actorLabel = typed === undefined ? labels : labels.filter((l) => l === String(typed).toLowerCase());
    // A person and a kind of work without an account at once match nothing.
    if (actorLabel.length === 0 || actorId)
      return { items: [], total: 0, page: filter.page, pageSize: filter.pageSize };
  }
  const { items, total } = await listAuditEntries(
    db,
    {
      actorId,
      actorLabel,
      objectType: filter.objectType,
      from: filter.from ? startOfCityDay(filter.from, deps.city.timeZone) : undefined,
      until: filter.to ? endOfCityDay(filter.to, deps.city.timeZone) : undefined,
    },
    { limit: filter.pageSize, offset: (filter.page - 1) * filter.pageSize },
  );
  const accountIds = new Set<string>();
  for (const entry of items) {
    if (entry.actorId) accountIds.add(entry.actorId);
    if (entry.objectType === "user" && isUuid(entry.objectId)) accountIds.add(entry.objectId);
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
