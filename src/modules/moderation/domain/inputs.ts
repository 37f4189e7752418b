import { z } from "zod";

/** Why someone reports an object; the moderators' queue groups and names them. */
export const REPORT_CATEGORIES = ["spam", "offensive", "personal_data", "off_topic", "other"] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** The languages official feedback can be written in (the platform's page languages). */
const contentLanguage = z.enum(["de", "en"]).default("de");

/** A resource as named in a form or a link: a registered kind and an id within it (checked against the registry). */
const resourceType = z.string({ error: "moderation.errors.unknownResource" }).trim().min(1).max(64);
const resourceId = z.string({ error: "moderation.errors.unknownResource" }).trim().min(1).max(200);

export const reportInput = z.object({
  type: resourceType,
  id: resourceId,
  category: z.enum(REPORT_CATEGORIES, { error: "moderation.report.categoryMissing" }),
  reason: z
    .string({ error: "moderation.report.reasonMissing" })
    .trim()
    .min(3, { error: "moderation.report.reasonMissing" })
    .max(2000, { error: "moderation.report.reasonTooLong" }),
  /** Counted per client address, so guests sending many reports are slowed down. */
  clientAddress: z.string().max(100).default("unknown"),
});
export type ReportInput = z.output<typeof reportInput>;

/** The public reason shown in place of hidden content. */
const publicReason = z
  .string({ error: "moderation.hide.reasonMissing" })
  .trim()
  .min(3, { error: "moderation.hide.reasonMissing" })
  .max(500, { error: "moderation.hide.reasonTooLong" });

export const hideInput = z.object({ type: resourceType, id: resourceId, reason: publicReason });
export const resourceInput = z.object({ type: resourceType, id: resourceId });

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The account to block: by id from the queue, or by its e-mail address from the list of blocked accounts. */
export const blockInput = z.object({
  accountId: z.preprocess(emptyAsUndefined, z.uuid({ error: "moderation.errors.accountNotFound" }).optional()),
  email: z.preprocess(
    emptyAsUndefined,
    z.string().trim().toLowerCase().max(320, { error: "moderation.errors.accountNotFound" }).optional(),
  ),
  reason: z
    .string({ error: "moderation.block.reasonMissing" })
    .trim()
    .min(3, { error: "moderation.block.reasonMissing" })
    .max(500, { error: "moderation.block.reasonTooLong" }),
});
export const unblockInput = z.object({ accountId: z.uuid({ error: "moderation.errors.accountNotFound" }) });

export const feedbackInput = z.object({
  type: resourceType,
  id: resourceId,
  body: z
    .string({ error: "moderation.feedback.bodyMissing" })
    .trim()
    .min(3, { error: "moderation.feedback.bodyMissing" })
    .max(5000, { error: "moderation.feedback.bodyTooLong" }),
  language: contentLanguage,
});

/** Splits a plain text into paragraphs at blank lines, and each paragraph into its lines. */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.split(/\r?\n/).map((line) => line.trim()))
    .filter((lines) => lines.some((line) => line !== ""));
}
