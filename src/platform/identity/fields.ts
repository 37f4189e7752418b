import { z } from "zod";
import { locales } from "../i18n/i18n";
import { type City, districtKeysOf, stakeholderGroupKeysOf } from "../reference-data";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy";

/** Zod fields shared by the account forms and use cases; messages are catalogue keys. */
export const emailField = z
  .string({ error: "auth.email.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "auth.email.required" })
  .max(254, { error: "auth.email.invalid" })
  .pipe(z.email({ error: "auth.email.invalid" }));

export const displayNameField = z
  .string({ error: "auth.displayName.required" })
  .trim()
  .min(1, { error: "auth.displayName.required" })
  .max(80, { error: "auth.displayName.tooLong" })
  .regex(/^[^\p{Cc}]*$/u, { error: "auth.displayName.invalid" });

/** A password typed to prove who one is (login, confirmation); no rules beyond a sane length. */
export const currentPasswordField = z
  .string({ error: "auth.password.required" })
  .min(1, { error: "auth.password.required" })
  .max(PASSWORD_MAX_LENGTH * 4, { error: "auth.password.tooLong" });

/**
 * A new password: length and the list of common passwords are checked here; whether it contains the
 * e-mail address or the name is checked where those are known (`newPasswordIssue`).
 */
export const newPasswordField = z.string({ error: "auth.password.required" }).superRefine((password, ctx) => {
  if (password.length === 0) {
    ctx.addIssue({ code: "custom", message: "auth.password.required" });
    return;
  }
  const problem = passwordProblem(password, {});
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** The field issue for a new password that breaks a rule, given the account's e-mail address and name. */
export function newPasswordIssue(
  path: string,
  password: string,
  personal: { email?: string | null; displayName?: string | null },
): { path: string; message: string } | null {
  const problem = passwordProblem(password, personal);
  return problem ? { path, message: problem } : null;
}

export const localeField = z.enum(locales, { error: "auth.profile.language.invalid" });

/** An empty choice in a select ("no answer") becomes null. */
const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);
/** One of the city's districts, or null for "no answer". */
export const districtFieldFor = (city: City) =>
  z.preprocess(emptyAsNull, z.enum(districtKeysOf(city), { error: "auth.profile.district.invalid" }).nullable());
/** One of the city's stakeholder groups, or null for "no answer". */
export const stakeholderGroupFieldFor = (city: City) =>
  z.preprocess(
    emptyAsNull,
    z.enum(stakeholderGroupKeysOf(city), { error: "auth.profile.stakeholderGroup.invalid" }).nullable(),
  );

/** Where the request came from, for rate limits per client address. */
export const clientAddressField = z.string().max(100).default("unknown");

/** Links sent by e-mail carry 32 random bytes in base64url. */
export const linkTokenField = z
  .string({ error: "auth.link.invalid" })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "auth.link.invalid" });
