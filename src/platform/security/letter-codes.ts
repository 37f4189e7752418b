import type { RandomBytes } from "./tokens";

/**
 * Codes printed in letters (voting codes, panel invitations): Crockford's base-32 alphabet without
 * I, L, O and U, so a code survives being read aloud and typed, shown in groups of four.
 */
const LETTER_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A new code of `length` characters (5 random bits each), grouped as XXXX-XXXX-…. */
export function newLetterCode(random: RandomBytes, length: number): string {
  const bytes = random(Math.ceil((length * 5) / 8));
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = "";
  for (let i = 0; i < length; i++) {
    text = (LETTER_CODE_ALPHABET[Number(bits & 31n)] as string) + text;
    bits >>= 5n;
  }
  return text.match(/.{1,4}/g)?.join("-") ?? text;
}

/** What a person typed, in canonical form: upper case, without spaces or dashes, O→0, I/L→1. */
export function normaliseLetterCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** Whether a canonical code has the given length and only letters of the alphabet. */
export function isLetterCode(canonical: string, length: number): boolean {
  return canonical.length === length && [...canonical].every((ch) => LETTER_CODE_ALPHABET.includes(ch));
}
