import type { RandomBytes } from "../../../platform/security/tokens";

/** Letters people can't confuse (no I, L, O, U), as in Crockford's base 32. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Pseudonymous ids on the published lottery list: "P-" and 8 characters (40 random bits). */
export function newPseudonym(random: RandomBytes): string {
  let id = "";
  for (const byte of random(8)) id += ALPHABET[byte & 31];
  return `P-${id}`;
}
