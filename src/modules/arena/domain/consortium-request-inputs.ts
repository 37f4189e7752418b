import { z } from "zod";

/**
 * The authors of an entry ask those of another to form a consortium: the other entry's number as
 * shown on it ("12" or "A-0012"), a message for them and the name a new consortium would get (the
 * use case asks for it only when neither entry is in a consortium yet).
 */
export const consortiumRequestInput = z.object({
  entryId: z.uuid({ error: "arena.errors.notFound" }),
  other: z
    .string({ error: "arena.errors.consortiumOther" })
    .trim()
    .regex(/^(A-?)?\d{1,9}$/i, { error: "arena.errors.consortiumOther" })
    .transform((text) => Number(text.replace(/\D/g, ""))),
  consortiumName: z
    .string({ error: "arena.errors.consortiumName" })
    .trim()
    .max(150, { error: "arena.errors.consortiumNameLong" })
    .refine((name) => name.length === 0 || name.length >= 3, { error: "arena.errors.consortiumName" }),
  message: z
    .string({ error: "arena.errors.consortiumMessage" })
    .trim()
    .min(10, { error: "arena.errors.consortiumMessage" })
    .max(1000, { error: "arena.errors.consortiumMessageLong" }),
  clientAddress: z.string().max(100).default("unknown"),
});

/** The other entry's authors accept or decline; the asking side withdraws. */
export const consortiumRequestAnswerInput = z.object({
  requestId: z.uuid({ error: "arena.errors.requestNotFound" }),
  answer: z.enum(["accept", "decline", "withdraw"], { error: "arena.errors.requestAnswer" }),
});
