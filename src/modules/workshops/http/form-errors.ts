import { Invalid } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors } from "../../../platform/forms/forms";
import type { AppContext } from "../../../platform/http/env";

/**
 * The messages of a refused form, beside its fields (a refusal of the whole form under `form`).
 * The refusal is logged as one line, naming the fields but not what was typed, and no stack.
 * Anything but a refusal of the input is thrown on.
 */
export function refusedFormErrors(c: AppContext, error: unknown, form: string): FieldErrors {
  if (!(error instanceof Invalid)) throw error;
  const { t, requestId } = c.get("state");
  c.get("deps").logger.info("form refused", {
    requestId,
    form,
    fields: error.issues.map((issue) => issue.path || "form"),
  });
  return error.issues.length > 0 ? fieldErrors(error.issues, t) : { form: t(error.message) };
}

/** The fields of a form body that are sent once (a second value of the same name is ignored). */
export function singleValues(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
