import { z } from "zod";
import { assignableGlobalRoles, roleNamePattern, scopeIdPattern } from "./roles";

/** Empty form fields count as "not given". */
const optionalText = (schema: z.ZodString) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/**
 * Which role to grant or revoke: a global role (moderator, strategy office, administrator), or a
 * role scoped to one object, given by scope type and id (e.g. `team_member` of `measure` `smart-water`).
 */
export const roleChangeInput = z
  .object({
    userId: z.uuid("admin.users.notFound"),
    role: z
      .string("admin.roles.roleRequired")
      .trim()
      .min(1, "admin.roles.roleRequired")
      .regex(roleNamePattern, "admin.roles.roleFormat"),
    scopeType: optionalText(z.string().trim().regex(roleNamePattern, "admin.roles.scopeTypeFormat")),
    scopeId: optionalText(z.string().trim().regex(scopeIdPattern, "admin.roles.scopeIdFormat")),
  })
  .superRefine((input, ctx) => {
    if (input.role === "resident") {
      ctx.addIssue({ code: "custom", path: ["role"], message: "admin.roles.residentImplicit" });
      return;
    }
    if (input.scopeType && !input.scopeId) {
      ctx.addIssue({ code: "custom", path: ["scopeId"], message: "admin.roles.scopeIdRequired" });
    }
    if (input.scopeId && !input.scopeType) {
      ctx.addIssue({ code: "custom", path: ["scopeType"], message: "admin.roles.scopeTypeRequired" });
    }
    const scoped = Boolean(input.scopeType || input.scopeId);
    if (!scoped && !(assignableGlobalRoles as readonly string[]).includes(input.role)) {
      ctx.addIssue({ code: "custom", path: ["role"], message: "admin.roles.unknownGlobalRole" });
    }
    if (scoped && input.role === "administrator") {
      ctx.addIssue({ code: "custom", path: ["role"], message: "admin.roles.administratorGlobalOnly" });
    }
  });
export type RoleChange = z.output<typeof roleChangeInput>;

/** A grant as one short text for the audit log: `moderator`, or `team_member @ measure/smart-water`. */
export function grantCode(grant: { role: string; scopeType: string | null; scopeId: string | null }): string {
  return grant.scopeType ? `${grant.role} @ ${grant.scopeType}/${grant.scopeId}` : grant.role;
}

export function sameGrant(
  a: { role: string; scopeType: string | null; scopeId: string | null },
  b: { role: string; scopeType?: string | null; scopeId?: string | null },
): boolean {
  return a.role === b.role && a.scopeType === (b.scopeType ?? null) && a.scopeId === (b.scopeId ?? null);
}
