import { eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import type { RoleGrant } from "../permissions/permissions";
import { roleAssignments } from "./schema";

/** Every account is a resident; that role is implicit and never stored. */
const residentGrant: RoleGrant = { role: "resident", scopeType: null, scopeId: null };

/** The roles an account holds: the implicit resident role first, then the stored ones. */
export async function loadGrants(db: Executor, userId: string): Promise<RoleGrant[]> {
  const stored = await db
    .select({ role: roleAssignments.role, scopeType: roleAssignments.scopeType, scopeId: roleAssignments.scopeId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
  return [residentGrant, ...stored];
}

/** Grants a role on one object (e.g. `team_member` of measure `x`); granting it twice changes nothing. */
export async function grantScopedRole(
  tx: Executor,
  grant: { userId: string; role: string; scopeType: string; scopeId: string; grantedBy: string | null },
): Promise<void> {
  await tx.insert(roleAssignments).values(grant).onConflictDoNothing();
}
