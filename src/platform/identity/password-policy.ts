import { readFileSync } from "node:fs";

/** Length rules for new passwords, counted in characters (not bytes). */
const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const listFile = new URL("./common-passwords/common-passwords.txt", import.meta.url);
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(listFile, "utf8")
      .split("\n")
      .filter((line) => line.length > 0),
  );
  return common;
}

/** Characters people put in place of letters, mapped back to the letter. */
const substitutions: Record<string, string> = {
  "@": "a",
  "4": "a",
  "3": "e",
  "1": "i",
  "!": "i",
  "0": "o",
  "5": "s",
  $: "s",
  "7": "t",
};
const endingCharacter = /[0-9!?.#*$@]/;

function undoSubstitutions(word: string): string {
  return [...word].map((ch) => substitutions[ch] ?? ch).join("");
}

/** A block of up to four characters repeated (`aaaaaaaaaaaa`, `abcabcabcabc`). */
function isRepetition(password: string): boolean {
  return /^(.{1,4})\1+$/su.test(password);
}

/** Consecutive characters, up or down (`abcdefghijkl`, `987654321098` is covered by the list). */
function isRun(password: string): boolean {
  const codes = [...password].map((ch) => ch.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (step !== 1 && step !== -1) return false;
  return codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}

/** Whether the password is on the shipped list of common passwords or follows a trivial pattern. */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFC").toLowerCase();
  if (isRepetition(lower) || isRun(lower)) return true;
  const list = commonPasswords();
  if (list.has(lower)) return true;
  // Try every split between the word and an ending of digits and marks: "p@ssw0rd" + "1234".
  let split = lower.length;
  while (true) {
    if (list.has(undoSubstitutions(lower.slice(0, split)) + lower.slice(split))) return true;
    const before = lower[split - 1];
    if (split === 0 || before === undefined || !endingCharacter.test(before)) return false;
    split--;
  }
}

/** Whether the password contains the e-mail address, its local part or the display name. */
export function containsPersonalData(
  password: string,
  personal: { email?: string | null; displayName?: string | null },
): boolean {
  const lower = password.normalize("NFC").toLowerCase();
  const compact = lower.replace(/\s+/g, "");
  const parts: string[] = [];
  const email = personal.email?.trim().toLowerCase();
  if (email) {
    parts.push(email);
    const local = email.split("@")[0] ?? "";
    if (local.length >= 3) parts.push(local);
  }
  const name = personal.displayName?.normalize("NFC").trim().toLowerCase();
  if (name && name.length >= 3) {
    parts.push(name, name.replace(/\s+/g, ""));
    for (const word of name.split(/\s+/)) if (word.length >= 4) parts.push(word);
  }
  return parts.some((part) => part.length > 0 && (lower.includes(part) || compact.includes(part)));
}

/**
 * Checks a new password; returns the message key of the first rule it breaks, or null.
 * Rules: at least 12 characters, at most 200, not common, no e-mail address or name in it.
 */
export function passwordProblem(
  password: string,
  personal: { email?: string | null; displayName?: string | null },
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "auth.password.tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "auth.password.tooLong";
  if (isCommonPassword(password)) return "auth.password.common";
  if (containsPersonalData(password, personal)) return "auth.password.personal";
  return null;
}
