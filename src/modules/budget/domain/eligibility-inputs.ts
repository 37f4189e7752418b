import { z } from "zod";

/**
 * The inputs of the eligibility actions: declaring where one lives, redeeming a verification
 * letter's code, matching the eligibility list, and the office's letters and list upload.
 */
const budgetId = z.uuid({ error: "budget.errors.notFound" });
const headingId = z.uuid({ error: "budget.eligibility.headingMissing" });
const clientAddress = z.string().max(100).optional();

export const declareResidenceInput = z.object({ budgetId, headingId: z.uuid({ error: "budget.declare.missing" }) });

export const redeemVerificationCodeInput = z.object({
  budgetId,
  code: z.string().max(100, { error: "budget.verify.codeFormat" }),
  clientAddress,
});

export const matchEligibilityListInput = z.object({
  budgetId,
  name: z.string().max(200, { error: "budget.verify.nameMissing" }),
  birthDate: z.string().max(40, { error: "budget.verify.birthDateInvalid" }),
  postcode: z.string().max(20, { error: "budget.verify.postcodeInvalid" }),
  clientAddress,
});

/** A list file is read whole; 20 MB hold far more than a city's district. */
const MAX_FILE_CHARS = 20_000_000;

export const uploadEligibilityListInput = z.object({
  budgetId,
  headingId,
  list: z.string().max(MAX_FILE_CHARS, { error: "budget.list.tooLarge" }),
});

export const correctResidenceInput = z.object({
  budgetId,
  email: z
    .string()
    .trim()
    .min(3, { error: "budget.correct.emailMissing" })
    .max(320, { error: "budget.correct.emailMissing" }),
  headingId,
});

export const issueVerificationLettersInput = z.object({
  budgetId,
  headingId,
  addresses: z.string().max(MAX_FILE_CHARS, { error: "budget.letters.tooLarge" }),
});
