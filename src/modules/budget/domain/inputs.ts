import { z } from "zod";
import { BALLOT_TYPES } from "./ballot";
import { ELIGIBILITY_MODES, LEGACY_ELIGIBILITY } from "./eligibility";
import { PHASES } from "./phases";
import { RULES } from "./rules";

/**
 * The languages content can be written in (the platform's page languages). A form sends the language
 * of the page it was filled in on; content from elsewhere (API, imports) counts as German.
 */
export const CONTENT_LANGUAGES = ["de", "en"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
const contentLanguage = z.enum(CONTENT_LANGUAGES).default("de");

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** Whole euros, as typed in a form ("12000", "12 000", "12.000") or sent as a number. */
export const euros = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s.]/g, "").replace(/€$/, "") : value),
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(0, { error: message })
      .max(1_000_000_000_000, { error: message }),
  );

const optionalCount = (message: string) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(1, { error: message })
      .max(10_000, { error: message })
      .optional(),
  );

const uuidField = z.uuid({ error: "budget.errors.notFound" });

/**
 * The district keys a heading or a measure may name: the platform's reference data, which the use
 * case hands to the schema.
 */
export type DistrictKeys = readonly [string, ...string[]];

const districtField = <D extends DistrictKeys>(districts: D) =>
  z.preprocess(emptyAsUndefined, z.enum(districts, { error: "budget.errors.district" }).optional());

const headingInputFor = <D extends DistrictKeys>(districts: D) =>
  z.object({
    name: z
      .string()
      .trim()
      .min(1, { error: "budget.errors.headingName" })
      .max(120, { error: "budget.errors.headingName" }),
    district: districtField(districts),
    amount: euros("budget.errors.amount"),
  });

const date = (message: string) => z.coerce.date({ error: message });

/** A budget has as many areas as the office needs, up to this many (a form stays usable). */
export const MAX_HEADINGS = 50;

export interface BallotSettings {
  rule: string;
  ballotType: string;
  maxProjects?: number | null;
  knapsack: boolean;
  pointsTotal?: number | null;
}

/** Rule and ballot must fit together; shared by setting up and editing a budget. */
export function ballotIssues(value: BallotSettings): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  if (value.rule.includes("points") !== (value.ballotType === "points"))
    issues.push({ path: "rule", message: "budget.errors.ruleBallotType" });
  if (value.ballotType === "points" && !value.pointsTotal)
    issues.push({ path: "pointsTotal", message: "budget.errors.pointsTotal" });
  if (value.ballotType === "approval" && !value.knapsack && !value.maxProjects)
    issues.push({ path: "maxProjects", message: "budget.errors.approvalLimit" });
  return issues;
}

export const budgetInputFor = <D extends DistrictKeys>(districts: D) =>
  z
    .object({
      slug: z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{2,59}$/, { error: "budget.errors.slug" }),
      title: z.string().trim().min(3, { error: "budget.errors.title" }).max(160, { error: "budget.errors.title" }),
      description: z.string().trim().max(5000, { error: "budget.errors.description" }).default(""),
      /** The language title, description and area names are written in. */
      language: contentLanguage,
      rule: z.enum(RULES, { error: "budget.errors.rule" }),
      ballotType: z.enum(BALLOT_TYPES, { error: "budget.errors.ballotType" }),
      maxProjects: optionalCount("budget.errors.maxProjects"),
      knapsack: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
      pointsTotal: optionalCount("budget.errors.pointsTotal"),
      /** Who may vote; a form without the field (older clients) gets the mode budgets always had. */
      eligibility: z.enum(ELIGIBILITY_MODES, { error: "budget.errors.eligibility" }).default(LEGACY_ELIGIBILITY),
      proposalsStart: date("budget.errors.date"),
      reviewStart: date("budget.errors.date"),
      votingStart: date("budget.errors.date"),
      resultsStart: date("budget.errors.date"),
      implementationStart: date("budget.errors.date"),
      headings: z
        .array(headingInputFor(districts))
        .min(1, { error: "budget.errors.headings" })
        .max(MAX_HEADINGS, { error: "budget.errors.headings" }),
    })
    .superRefine((value, ctx) => {
      const order = [
        value.proposalsStart,
        value.reviewStart,
        value.votingStart,
        value.resultsStart,
        value.implementationStart,
      ];
      const names = ["proposalsStart", "reviewStart", "votingStart", "resultsStart", "implementationStart"];
      for (let i = 1; i < order.length; i++) {
        if ((order[i] as Date).getTime() < (order[i - 1] as Date).getTime()) {
          ctx.addIssue({ code: "custom", path: [names[i] as string], message: "budget.errors.dateOrder" });
        }
      }
      for (const issue of ballotIssues(value)) ctx.addIssue({ code: "custom", ...issue, path: [issue.path] });
    });
export type BudgetInput<D extends DistrictKeys = DistrictKeys> = z.output<ReturnType<typeof budgetInputFor<D>>>;

/** The shape of an action field's identifier in the strategy catalogue ("RW-1"). */
const ACTION_FIELD_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const proposalInput = z.object({
  budgetId: uuidField,
  headingId: z.uuid({ error: "budget.errors.heading" }),
  title: z
    .string()
    .trim()
    .min(5, { error: "budget.errors.proposalTitle" })
    .max(160, { error: "budget.errors.proposalTitle" }),
  description: z
    .string()
    .trim()
    .min(20, { error: "budget.errors.proposalDescription" })
    .max(5000, { error: "budget.errors.proposalDescription" }),
  estimatedCost: euros("budget.errors.cost"),
  /** The language title and description are written in. */
  language: contentLanguage,
  /**
   * The strategy's action fields the project belongs to, by their identifiers (checkboxes: none, one
   * or several values). Whether each one exists is checked against the catalogue by the use case.
   */
  actionFields: z
    .preprocess(
      (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z
        .array(z.string({ error: "budget.errors.actionFieldUnknown" }), { error: "budget.errors.actionFieldUnknown" })
        .max(20, { error: "budget.errors.actionFieldsTooMany" })
        .refine((ids) => ids.every((id) => ACTION_FIELD_ID.test(id)), { error: "budget.errors.actionFieldUnknown" })
        .transform((ids) => [...new Set(ids)]),
    )
    .default([]),
});

export const reviewInput = z
  .object({
    budgetId: uuidField,
    projectId: uuidField,
    decision: z.enum(["feasible", "not_feasible", "merged"], { error: "budget.errors.decision" }),
    reason: z.string().trim().max(2000, { error: "budget.errors.reason" }).default(""),
    officialCost: z.preprocess(emptyAsUndefined, euros("budget.errors.cost").optional()),
    mergeInto: z.preprocess(emptyAsUndefined, z.uuid({ error: "budget.errors.mergeInto" }).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "feasible" && value.reason.length < 10) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "budget.errors.reasonRequired" });
    }
    if (value.decision === "merged" && !value.mergeInto) {
      ctx.addIssue({ code: "custom", path: ["mergeInto"], message: "budget.errors.mergeInto" });
    }
  });

const codeField = z.string({ error: "budget.vote.codeFormat" }).max(64, { error: "budget.vote.codeFormat" });

const choicesField = z
  .array(
    z.object({
      projectId: z.uuid({ error: "budget.vote.unknownProject" }),
      points: z.number().int().min(0).max(1_000_000),
    }),
  )
  .max(500);

export const ballotInput = z.object({
  budgetId: uuidField,
  /** Absent for a signed-in, verified account. */
  code: codeField.optional(),
  /** With a used code: the receipt of the code's current ballot, to change that ballot. */
  receipt: codeField.optional(),
  choices: choicesField,
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "budget.vote.expired" }),
  clientAddress: z.string().max(100).default("unknown"),
});
export type BallotInput = z.output<typeof ballotInput>;

/** A day as a date field sends it (YYYY-MM-DD); a phase starts at midnight UTC of that day. */
const day = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string({ error: "budget.errors.date" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "budget.errors.date" })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: "budget.errors.date" })
    .optional(),
);

/**
 * Editing a budget. Texts are always sent; the ballot part only while it may change (the form
 * leaves it out afterwards); each date only for a phase that has not started yet. What is left out
 * stays as it is.
 */
export const budgetEditInput = z.object({
  budgetId: uuidField,
  title: z.string().trim().min(3, { error: "budget.errors.title" }).max(160, { error: "budget.errors.title" }),
  description: z.string().trim().max(5000, { error: "budget.errors.description" }).default(""),
  ballot: z
    .object({
      rule: z.enum(RULES, { error: "budget.errors.rule" }),
      ballotType: z.enum(BALLOT_TYPES, { error: "budget.errors.ballotType" }),
      maxProjects: optionalCount("budget.errors.maxProjects"),
      knapsack: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
      pointsTotal: optionalCount("budget.errors.pointsTotal"),
      eligibility: z.enum(ELIGIBILITY_MODES, { error: "budget.errors.eligibility" }).optional(),
      amounts: z
        .array(z.object({ headingId: uuidField, amount: euros("budget.errors.amount") }))
        .max(MAX_HEADINGS, { error: "budget.errors.headings" }),
    })
    .optional(),
  dates: z
    .object({
      proposalsStart: day,
      reviewStart: day,
      votingStart: day,
      resultsStart: day,
      implementationStart: day,
    })
    .default({}),
});
export type BudgetEditInput = z.input<typeof budgetEditInput>;

export const phaseInput = z.object({
  budgetId: z.uuid({ error: "budget.errors.notFound" }),
  /** The phase the confirmation was given for: a stale confirmation never skips a phase. */
  from: z.enum(PHASES).optional(),
});

export const codesInput = z.object({
  budgetId: z.uuid({ error: "budget.errors.notFound" }),
  headingId: z.uuid({ error: "budget.errors.heading" }),
  count: z.coerce
    .number({ error: "budget.codes.countInvalid" })
    .int({ error: "budget.codes.countInvalid" })
    .min(1, { error: "budget.codes.countInvalid" })
    .max(5000, { error: "budget.codes.countInvalid" }),
});

export const measureInputFor = <D extends DistrictKeys>(districts: D) =>
  z.object({
    budgetId: uuidField,
    projectId: uuidField,
    title: z
      .string()
      .trim()
      .min(5, { error: "budget.errors.proposalTitle" })
      .max(160, { error: "budget.errors.proposalTitle" }),
    description: z.string().trim().max(5000, { error: "budget.errors.proposalDescription" }),
    district: districtField(districts),
    cost: euros("budget.errors.cost"),
    actionFields: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().max(100)).min(1, { error: "budget.measure.actionFieldsRequired" }).max(20),
    ),
  });
export type MeasureInput<D extends DistrictKeys = DistrictKeys> = z.input<ReturnType<typeof measureInputFor<D>>>;
