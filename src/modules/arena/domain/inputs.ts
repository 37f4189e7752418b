import { z } from "zod";
import { type EntryContent, entryKinds, resourceTypes } from "./entry";
import { entryStates } from "./workflow";

/** A form sends one value per ticked box; none, one or several arrive as undefined, a string or a list. */
const list = <T extends z.ZodType>(item: T, max: number, message: string) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(max, { error: message }),
  );

const text = (min: number, max: number, key: string) =>
  z
    .string({ error: `arena.errors.${key}` })
    .trim()
    .min(min, { error: `arena.errors.${key}` })
    .max(max, { error: `arena.errors.${key}Long` });

/** Step 1: the problem first ("understanding the problem before defining the goal"). */
export const problemStep = z.object({
  title: text(5, 150, "title"),
  problem: text(20, 5000, "problem"),
  affected: text(0, 2000, "affected").default(""),
});

/** Step 2: the approach and what kind of entry it is. */
export const approachStep = z.object({
  approach: text(0, 5000, "approach").default(""),
  kind: z.enum(entryKinds, { error: "arena.errors.kind" }),
});

/**
 * Step 3: where it belongs. The action fields and districts are checked against the strategy and
 * the city by the use case; here only their shape.
 */
export const placeStep = z.object({
  actionFieldIds: list(z.string().trim().min(1).max(100), 5, "arena.errors.actionFieldsMany").refine(
    (ids) => ids.length > 0,
    { error: "arena.errors.actionFields" },
  ),
  scope: z.enum(["city", "districts"], { error: "arena.errors.scope" }),
  districtIds: list(z.string().trim().min(1).max(64), 30, "arena.errors.districts"),
});

/**
 * With step 3, where calls for ideas are open: the call the entry is meant for, by its key (empty:
 * none). Whether it is open for the author is the use case's question.
 */
export const ideaCallChoice = z.object({
  ideaCall: z
    .string({ error: "arena.errors.ideaCall" })
    .trim()
    .max(100, { error: "arena.errors.ideaCall" })
    .default(""),
});

/** Step 4: the values compass, one score and one sentence per value (the use case knows the values). */
export const compassAnswerInput = z.object({
  score: z.coerce.number({ error: "arena.errors.score" }).int().min(0, { error: "arena.errors.score" }).max(3, {
    error: "arena.errors.score",
  }),
  reason: text(0, 500, "reason").default(""),
});

/** Step 5: what the authors bring and what they look for. */
export const offersStep = z.object({
  offers: list(z.enum(resourceTypes, { error: "arena.errors.resource" }), 5, "arena.errors.resource"),
  needs: list(z.enum(resourceTypes, { error: "arena.errors.resource" }), 5, "arena.errors.resource"),
  offerNote: text(0, 1000, "note").default(""),
  needNote: text(0, 1000, "note").default(""),
});

export const submissionSteps = ["problem", "approach", "place", "compass", "offers", "review"] as const;
export type SubmissionStep = (typeof submissionSteps)[number];

/** A whole entry, as the API or an edit sends it; the same rules as the steps together. */
export const entryContentInput = problemStep
  .extend(approachStep.shape)
  .extend({
    actionFieldIds: placeStep.shape.actionFieldIds,
    districtIds: placeStep.shape.districtIds,
    compass: z.record(z.string().max(100), compassAnswerInput).default({}),
    language: z.enum(["de", "en"]).default("de"),
  })
  .extend(offersStep.shape);

/** Whether a saved draft holds everything an entry needs (the last step checks it before submitting). */
export function completeContent(draft: Partial<EntryContent>): EntryContent | null {
  const parsed = entryContentInput.safeParse(draft);
  return parsed.success ? (parsed.data as EntryContent) : null;
}

/** The steps whose required answers a draft still lacks, in order (the last step lists them). */
export function missingSteps(draft: Partial<EntryContent>): SubmissionStep[] {
  const missing: SubmissionStep[] = [];
  if (!problemStep.safeParse(draft).success) missing.push("problem");
  if (!approachStep.safeParse(draft).success) missing.push("approach");
  if (!draft.actionFieldIds || draft.actionFieldIds.length === 0 || !draft.districtIds) missing.push("place");
  return missing;
}

export const stateChangeInput = z.object({
  entryId: z.uuid({ error: "arena.errors.notFound" }),
  to: z.enum(entryStates, { error: "arena.errors.state" }),
  explanation: text(10, 3000, "explanation"),
});

export const acceptAsMeasureInput = z.object({
  entryId: z.uuid({ error: "arena.errors.notFound" }),
  type: z.enum(["central", "decentral", "network"], { error: "arena.errors.measureType" }),
  explanation: text(10, 3000, "explanation"),
});

export const collaborationInput = z.object({
  entryId: z.uuid({ error: "arena.errors.notFound" }),
  message: text(10, 1000, "collaborationMessage"),
  clientAddress: z.string().max(100).default("unknown"),
});

export const collaborationAnswerInput = z.object({
  collaborationId: z.uuid({ error: "arena.errors.notFound" }),
  answer: z.enum(["accept", "decline"], { error: "arena.errors.answer" }),
});

export const consortiumInput = z.object({
  entryIds: z
    .array(z.uuid({ error: "arena.errors.notFound" }))
    .min(2, { error: "arena.errors.consortiumEntries" })
    .max(20),
  name: text(3, 150, "consortiumName"),
  description: text(0, 3000, "consortiumDescription").default(""),
});

/** A support names the entry by its number, as the address does (`/arena/42/support`). */
export const supportInput = z.object({
  number: z.coerce.number({ error: "arena.errors.notFound" }).int().positive().max(999_999_999),
});

/** The list's filters and order, from the address bar: a bad value is ignored, never an error page. */
export const entrySorts = ["newest", "supports", "comments", "random"] as const;
export type EntrySort = (typeof entrySorts)[number];

export interface EntryFilter {
  q?: string;
  kind?: (typeof entryKinds)[number];
  state?: (typeof entryStates)[number];
  actionField?: string;
  district?: string;
  group?: string;
  offer?: (typeof resourceTypes)[number];
  need?: (typeof resourceTypes)[number];
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const entryFilterQuery = z.object({
  q: optional(z.string().trim().max(200)),
  kind: optional(z.enum(entryKinds)),
  state: optional(z.enum(entryStates)),
  actionField: optional(z.string().trim().min(1).max(100)),
  district: optional(z.string().trim().min(1).max(64)),
  group: optional(z.string().trim().min(1).max(64)),
  offer: optional(z.enum(resourceTypes)),
  need: optional(z.enum(resourceTypes)),
  sort: z.enum(entrySorts).catch("newest").default("newest"),
});
