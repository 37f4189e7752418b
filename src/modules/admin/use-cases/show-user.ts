import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { hasTwoFactor } from "../../../platform/identity/two-factor";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { findUser, storedGrants } from "../data/users";
import type { StoredGrant, UserSummary } from "../domain/accounts";

/** One account with its stored roles. */
export async function userDetails(
  deps: Deps,
  actor: Actor,
  userId: string,
): Promise<{ user: UserSummary; grants: StoredGrant[]; twoFactor: boolean }> {
  requirePermission(actor, "admin.users.read");
  if (!z.uuid().safeParse(userId).success) throw new NotFound("admin.users.notFound");
  const { db } = deps.database;
  const user = await findUser(db, userId);
  if (!user) throw new NotFound("admin.users.notFound");
  return { user, grants: await storedGrants(db, userId), twoFactor: await hasTwoFactor(db, userId) };
}
