import { z } from "zod";
import { hashPassword } from "../../../platform/identity/passwords";
import { roleAssignments, users } from "../../../platform/identity/schema";
import { Conflict } from "../../../platform/errors/errors";
import { assignableGlobalRoles } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";

export const MIN_PASSWORD_LENGTH = 12;

export const createUserInput = z.object({
  email: z.string("admin.users.emailFormat").trim().toLowerCase().pipe(z.email("admin.users.emailFormat")),
  displayName: z
    .string()
    .trim()
    .min(1, "admin.users.displayNameRequired")
    .max(100, "admin.users.displayNameTooLong")
    .optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH, "admin.users.passwordTooShort").max(200, "admin.users.passwordTooLong"),
  role: z.enum(assignableGlobalRoles, "admin.roles.unknownGlobalRole").optional(),
});

/**
 * An administrator (or the command line) creates an account whose e-mail address counts as
 * confirmed, optionally with a global role.
 */
export const createUser = defineUseCase({
  action: "admin.users.create",
  input: createUserInput,
  run: async ({ tx, actor, now }, input) => {
    const displayName = input.displayName ?? input.email.split("@")[0] ?? input.email;
    const passwordHash = await hashPassword(input.password);
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, emailVerifiedAt: now, passwordHash, displayName, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new Conflict("admin.users.emailTaken");
    if (input.role) {
      await tx.insert(roleAssignments).values({
        userId: user.id,
        role: input.role,
        grantedBy: actor.kind === "user" ? actor.id : null,
        createdAt: now,
      });
    }
    return {
      result: { id: user.id, email: input.email, displayName, role: input.role ?? null },
      audit: {
        action: "admin.users.create",
        objectType: "user",
        objectId: user.id,
        after: { email: input.email, displayName, roles: input.role ? [input.role] : [] },
      },
    };
  },
});
