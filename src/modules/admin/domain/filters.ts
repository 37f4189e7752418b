import { z } from "zod";
import { systemActorGroupNames } from "./system-actors";

/** The search of the account list, as sent by its GET form (the page is read apart). */
export const userSearchInput = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => v?.trim().slice(0, 200) || undefined),
});
export type UserSearch = z.output<typeof userSearchInput> & { page: number; pageSize: number };

const isoDay = z.iso.date("admin.audit.dateFormat");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "admin.audit.filterTooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

/** The filter of the audit log page, as sent by its GET form (the page is read apart). */
export const auditFilterInput = z
  .object({
    actor: optionalText(200),
    objectType: optionalText(60),
    system: z.preprocess((v) => (v === "" ? undefined : v), z.enum(systemActorGroupNames).optional()),
    from: z.preprocess((v) => (v === "" ? undefined : v), isoDay.optional()),
    to: z.preprocess((v) => (v === "" ? undefined : v), isoDay.optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "admin.audit.toBeforeFrom" });
export type AuditFilterInput = z.output<typeof auditFilterInput> & { page: number; pageSize: number };
