/**
 * A field people never see and programs that fill every field do: a form sent with it filled is
 * dropped without saying why. The name is one such programs like to fill.
 */
export const HONEYPOT_FIELD = "website";

/** Whether a submitted form filled the hidden field (any non-blank value counts). */
export function isHoneypotFilled(body: Record<string, unknown>): boolean {
  const value = body[HONEYPOT_FIELD];
  if (Array.isArray(value)) return value.some((v) => typeof v === "string" && v.trim() !== "");
  return typeof value === "string" && value.trim() !== "";
}
