import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { searchUsers, storedGrantsOf } from "../data/users";
import type { Page, UserListItem } from "../domain/accounts";
import type { UserSearch } from "../domain/filters";

/** One page of the accounts whose e-mail or name contains the search, newest first, with their roles. */
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
