/**
 * The public draw: which panel of the published list sits, and who replaces a member who drops
 * out. Everything follows from the list's hash and the seed entered at the public event, by a
 * procedure anyone can recompute (docs/panel-draw-procedure.md, docs/panel-verify.mjs).
 *
 * Uniform number from text: d₀ = SHA-256(text); read the 32 bytes as an unsigned big-endian
 * integer X. If X < L, where L is the largest multiple of n not above 2²⁵⁶, the result is X mod n;
 * otherwise take d₁ = SHA-256(hex of d₀) and so on. Rejecting X ≥ L keeps every result exactly
 * equally likely (the chance of a rejection is below n / 2²⁵⁶).
 *
 * - Panel: n = M, text = "<list hash>:<seed>"; the panel number is the result + 1.
 * - Replacement r (1, 2, … in the order drop-outs are handled): the eligible volunteers, sorted
 *   by id, each hold as many tickets as the list has panels containing them (so the replacement
 *   favours whom LEXIMIN favours; if nobody holds a ticket, one each); n = total tickets,
 *   text = "<list hash>:<seed>:replacement:<r>"; the ticket number picks the volunteer.
 *
 * The seed is used as entered, without surrounding white space.
 */
import { PanelInputError } from "./errors";
import { compareCodeUnits } from "./lottery-list";
import { sha256Hex } from "./sha256";

const TWO_256 = 1n << 256n;

/** A uniformly distributed integer in [0, n), derived from the text by SHA-256 with rejection. */
export function uniformFromText(text: string, n: number | bigint): bigint {
  const range = BigInt(n);
  if (range < 1n) throw new RangeError("the range must contain at least one number");
  // A 256-bit digest cannot pick evenly among more numbers (and the rejection limit would be 0,
  // so the loop below would never end).
  if (range > TWO_256) throw new RangeError("the range must not exceed 2^256 numbers");
  const limit = TWO_256 - (TWO_256 % range);
  let digest = sha256Hex(text);
  for (;;) {
    const x = BigInt(`0x${digest}`);
    if (x < limit) return x % range;
    digest = sha256Hex(digest);
  }
}

export function normaliseSeed(seed: string): string {
  const trimmed = seed.trim();
  if (!trimmed) throw new PanelInputError({ code: "seedEmpty" });
  return trimmed;
}

/** The number (1 … M) of the drawn panel. */
export function drawPanelNumber(listHash: string, seed: string, size: number): number {
  return Number(uniformFromText(`${listHash}:${normaliseSeed(seed)}`, size)) + 1;
}

export interface ReplacementDraw {
  /** The chosen volunteer's id. */
  readonly id: string;
  /** Candidates in the order used (sorted by id) with their tickets. */
  readonly tickets: readonly { readonly id: string; readonly tickets: number }[];
  /** The drawn ticket, 0-based. */
  readonly ticket: number;
}

/**
 * Draws the r-th replacement among the eligible volunteers (ids), with tickets counted in the
 * published list (panels as id lists).
 */
export function drawReplacement(
  listHash: string,
  seed: string,
  round: number,
  eligible: readonly string[],
  list: readonly (readonly string[])[],
): ReplacementDraw {
  if (!Number.isInteger(round) || round < 1)
    throw new RangeError(`the replacement number must be 1, 2, …, not ${round}`);
  if (eligible.length === 0) throw new PanelInputError({ code: "nobodyEligible" });
  const ids = [...new Set(eligible)].sort(compareCodeUnits);
  const appearances = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const panel of list) {
    for (const id of panel) {
      const count = appearances.get(id);
      if (count !== undefined) appearances.set(id, count + 1);
    }
  }
  const anyTickets = [...appearances.values()].some((c) => c > 0);
  const tickets = ids.map((id) => ({ id, tickets: anyTickets ? (appearances.get(id) ?? 0) : 1 }));
  const total = tickets.reduce((sum, t) => sum + t.tickets, 0);
  const ticket = Number(uniformFromText(`${listHash}:${normaliseSeed(seed)}:replacement:${round}`, total));
  let passed = 0;
  for (const candidate of tickets) {
    passed += candidate.tickets;
    if (ticket < passed) return { id: candidate.id, tickets, ticket };
  }
  throw new Error("unreachable: the ticket lies beyond the last candidate");
}
