import { z } from "zod";

/** The longest comment: enough for a careful answer, short enough to read in a thread. */
export const MAX_COMMENT_LENGTH = 5000;

const body = z
  .string({ error: "comments.errors.bodyMissing" })
  .trim()
  .min(2, { error: "comments.errors.bodyMissing" })
  .max(MAX_COMMENT_LENGTH, { error: "comments.errors.bodyTooLong" });

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const commentInput = z.object({
  resourceType: z.string({ error: "comments.errors.unknownResource" }).trim().min(1).max(64),
  resourceId: z.string({ error: "comments.errors.unknownResource" }).trim().min(1).max(200),
  parentId: z.preprocess(emptyAsUndefined, z.uuid({ error: "comments.errors.parentNotFound" }).optional()),
  body,
  /** The one-time key of the form the comment was written in (see `submissionKeyOf`). */
  submissionKey: z
    .string({ error: "comments.errors.formExpired" })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "comments.errors.formExpired" }),
  language: z.enum(["de", "en"]).default("de"),
  /** Counted per client address, so many accounts from one place cannot flood a thread. */
  clientAddress: z.string().max(100).default("unknown"),
});
export type CommentInput = z.output<typeof commentInput>;

export const commentIdInput = z.object({ id: z.uuid({ error: "comments.errors.notFound" }) });

export const editInput = z.object({ id: z.uuid({ error: "comments.errors.notFound" }), body });
