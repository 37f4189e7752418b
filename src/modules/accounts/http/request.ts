import { Invalid, TooManyRequests } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors } from "../../../platform/forms/forms";
import type { AppContext, CurrentUser } from "../../../platform/http/env";

/** The submitted form's text fields (files and repeated fields are not used by the account forms). */
export async function formFields(c: AppContext): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === "string") fields[key] = value;
  return fields;
}

/** The signed-in person, or null; pages that need one redirect to the login with `next`. */
export function signedInUser(c: AppContext): CurrentUser | null {
  return c.get("state").user;
}

export function redirectToLogin(c: AppContext): Response {
  const next = `${new URL(c.req.url).pathname}`;
  return c.redirect(`/login?notice=loginRequired&next=${encodeURIComponent(next)}`, 303);
}

/** Pages with personal data are not kept in shared caches or the browser's back-forward cache. */
export function noStore(c: AppContext): void {
  c.header("Cache-Control", "no-store");
}

export type FormOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: 422 | 429; errors: FieldErrors; message: string };

/**
 * Runs a use case for a form: invalid input and too many attempts come back as field errors to show
 * on the form again; every other error goes to the error handler.
 */
export async function attempt<T>(c: AppContext, run: () => Promise<T>): Promise<FormOutcome<T>> {
  const { t } = c.get("state");
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof TooManyRequests) {
      c.header("Retry-After", String(error.retryAfterSeconds));
      return { ok: false, status: 429, errors: { form: t(error.message) }, message: error.message };
    }
    if (error instanceof Invalid) {
      const issues = error.issues.length > 0 ? error.issues : [{ path: "form", message: error.message }];
      return { ok: false, status: 422, errors: fieldErrors(issues, t), message: error.message };
    }
    throw error;
  }
}
