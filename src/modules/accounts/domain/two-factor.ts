import { Secret, TOTP } from "otpauth";

/**
 * Codes from an authenticator app (TOTP, RFC 6238, with the parameters every app understands:
 * HMAC-SHA-1, six digits, a new code every 30 seconds).
 */
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** A code of the step before or after the current one is accepted too (clocks drift, people type slowly). */
const WINDOW = 1;
/** 160 bits, the length RFC 4226 recommends. */
export const SECRET_BYTES = 20;
/** How many recovery codes an account gets, and how long each is (Crockford base-32 letters: 80 bits). */
export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_LENGTH = 16;

function totp(secretBase32: string, issuer = "", label = ""): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: "SHA1",
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** The secret's bytes as base-32 text, as apps expect it typed in. */
export function secretToBase32(bytes: Uint8Array): string {
  return new Secret({ buffer: bytes.slice().buffer }).base32;
}

/** The secret in groups of four for typing it in by hand: "ABCD EFGH …". */
export function groupSecret(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(" ") ?? secretBase32;
}

/** The `otpauth://` address the QR code carries. */
export function otpauthUri(secretBase32: string, issuer: string, accountLabel: string): string {
  return totp(secretBase32, issuer, accountLabel).toString();
}

/** The number of the 30-second step a moment falls into. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an app shows at a moment (for tests and for nothing else in the product). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

/** What a person typed, if it looks like a code from the app: six digits, spaces allowed. */
export function asTotpCode(input: string): string | null {
  const digits = input.replace(/\s/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "replayed" };

/**
 * Checks a code against the secret at `now`: a code of the current step, the one before or the one
 * after is accepted once. A code of a step at or before `lastUsedStep` is refused, so a code seen
 * over someone's shoulder (or in a log) cannot be used again.
 */
export function checkTotp(secretBase32: string, code: string, now: Date, lastUsedStep: number | null): TotpCheck {
  const token = asTotpCode(code);
  if (!token) return { ok: false, reason: "wrong" };
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = totpStep(now) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}

/** The name of the server secret the authenticator secrets are encrypted with. */
export const TWO_FACTOR_SEALING_KEY = "two-factor-secrets";
/** The name the app shows for the account. */
export const TOTP_ISSUER = "Gemeinsam";
