import { z } from "zod";
import { assignableGlobalRoles } from "./roles";

const MIN_PASSWORD_LENGTH = 12;

/** An account an administrator (or the command line) creates, optionally with a global role. */
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
