import { Invalid } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors } from "../../../platform/forms/forms";
import type { AppContext } from "../../../platform/http/env";

/**
 * The messages of a refused survey form beside its fields, each issue's path turned into its field
 * by `fieldOf`. The refusal is logged as one line naming the fields, not what was typed, and no
 * stack. Anything but a refusal of the input is thrown on.
 */
export function refusedSurveyForm(
  c: AppContext,
  error: unknown,
  form: string,
  fieldOf: (path: string) => string = (path) => path || "form",
): FieldErrors {
  if (!(error instanceof Invalid)) throw error;
  const { t, requestId } = c.get("state");
  const issues = error.issues.map((issue) => ({ ...issue, path: fieldOf(issue.path) }));
  c.get("deps").logger.info("form refused", { requestId, form, fields: issues.map((issue) => issue.path) });
  return issues.length > 0 ? fieldErrors(issues, t) : { form: t(error.message) };
}

/** A sent form's fields: text values, several for a name sent more than once; files are dropped. */
export async function sentFields(c: AppContext): Promise<Record<string, string | string[]>> {
  const body = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === "_csrf") continue;
    if (typeof value === "string") fields[name] = value;
    else if (Array.isArray(value)) fields[name] = value.filter((v): v is string => typeof v === "string");
  }
  return fields;
}

/** The first value of a field. */
export function single(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}
