import { z } from "zod";
import { RULES } from "../domain/rules";
import { BALLOT_TYPES } from "./ballot-rules";
import { euros, optionalCount, uuidField } from "./inputs";

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
      amounts: z
        .array(z.object({ headingId: uuidField, amount: euros("budget.errors.amount") }))
        .max(24, { error: "budget.errors.headings" }),
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
