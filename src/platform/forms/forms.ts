import type { z } from "zod";
import type { FieldIssue } from "../errors/errors";
import type { Translate } from "../i18n/i18n";
import { controlCharacterIssues } from "./plain-text";

/** Field name → translated message, in the order the fields were checked. */
export type FieldErrors = Record<string, string>;
/** What was entered, so a form shown again after an error keeps it (never a password). */
export type FormValues = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** Keeps only plain text values; files and the CSRF token are not echoed back. */
export function formValues(body: Record<string, unknown>, secret: string[] = []): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "_csrf" || secret.includes(key)) continue;
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

export function fieldErrors(issues: FieldIssue[], t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path || "form";
    errors[field] ??= t(issue.message);
  }
  return errors;
}

/**
 * Parses a submitted form with the same Zod schema the use case and the API use; control characters
 * are refused in every field first, as in `defineUseCase`. Check the permission before calling it.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: Record<string, unknown>,
  t: Translate,
  secret: string[] = [],
): FormResult<z.output<S>> {
  const unreadable = controlCharacterIssues(body);
  if (unreadable.length > 0) return { ok: false, errors: fieldErrors(unreadable, t), values: formValues(body, secret) };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return { ok: false, errors: fieldErrors(issues, t), values: formValues(body, secret) };
}
