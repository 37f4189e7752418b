/**
 * From a distribution over panels to a uniform lottery over M panels (Flanigan, Kehne, Procaccia,
 * "Fair Sortition Made Transparent", NeurIPS 2021): a list of M panels, possibly with repeats,
 * from which one is drawn uniformly in public. Each volunteer's chance in the lottery is the
 * number of listed panels they sit on, divided by M; the rounding keeps it within 1/M of their
 * LEXIMIN probability — at least ⌈x − 1⌉ and at most ⌊x + 1⌋ tickets for x = M × probability.
 *
 * How, in three deterministic steps:
 * 1. Each panel P of the distribution (as group counts) gets ⌊M·w_P⌋ tickets, the rest go to
 *    the largest remainders. The seats of each group are dealt to its members in turn,
 *    round-robin across the tickets, so members of a group end within one ticket of each other
 *    and no ticket gets the same member twice. Members of households with several volunteers
 *    form groups of their own, so the household rule survives the dealing.
 * 2. A ticket need not be a panel of the distribution — any feasible panel will do — so single
 *    members are swapped between tickets and the pool to bring everybody into their band
 *    (`lottery-repair.ts`).
 * 3. Where quotas are so tight that no single swap works, whole tickets are replaced by panels
 *    from an integer program that moves one volunteer and keeps everybody else in their band
 *    (`solver/ticket-replacement.ts`).
 * `outsideBand` reports anyone still outside (none on the reference pools and in the tests).
 *
 * An integer program that assigns all M tickets at once was tried first; on pools of 150–500
 * volunteers its root node alone outlasted a 5 s limit, so the outcome depended on the machine's
 * speed, and the list must come out the same everywhere.
 */
import type { SelectionDistribution } from "./leximin";
import { repairLottery } from "./lottery-repair";
import type { Panel } from "./problem";
import { type Random, randomInt } from "./random";
import type { Highs } from "./solver/highs-solver";
import { replaceTickets } from "./solver/ticket-replacement";

export interface Lottery {
  /** M panels (volunteer indices, ascending), in dealing order; publish them with `publishLottery`. */
  readonly panels: readonly Panel[];
  /** Each volunteer's chance in the lottery: listed panels containing them, divided by M. */
  readonly probabilities: Float64Array;
  /** Largest difference between a volunteer's lottery chance and LEXIMIN probability. */
  readonly maxDeviation: number;
  /** Volunteers whose chance is more than 1/M from LEXIMIN's (0 in the usual case). */
  readonly outsideBand: number;
  /** Member swaps the repair needed. */
  readonly swaps: number;
  /** Tickets replaced by other panels after the swaps. */
  readonly replacedTickets: number;
}

export interface LotteryOptions {
  readonly highs: Highs;
  /** Seeded: the list must come out the same for the same inputs. */
  readonly random: Random;
  /** M, the number of panels in the list (default 1000). */
  readonly size?: number;
}

export function roundToLottery(distribution: SelectionDistribution, options: LotteryOptions): Lottery {
  const size = options.size ?? 1000;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`the lottery size must be a whole number ≥ 1, not ${size}`);
  const { pool, groupPanels } = distribution;
  const candidates = groupPanels.map((p) => p.counts);
  const ticketsPerPanel = largestRemainder(
    groupPanels.map((p) => p.weight),
    size,
  );

  // Deal each group's seats to its members in turn, starting at a random member.
  const next = Int32Array.from(pool.groupMembers, (members) => randomInt(options.random, members.length));
  const panels: number[][] = [];
  candidates.forEach((counts, p) => {
    for (let t = 0; t < (ticketsPerPanel[p] as number); t++) {
      const members: number[] = [];
      counts.forEach((c, g) => {
        const group = pool.groupMembers[g] as readonly number[];
        for (let seat = 0; seat < c; seat++) {
          members.push(group[next[g] as number] as number);
          next[g] = ((next[g] as number) + 1) % group.length;
        }
      });
      panels.push(members);
    }
  });
  const targets = Float64Array.from(distribution.probabilities, (p) => p * size);
  const repair = repairLottery(pool, panels, targets);
  const low = Int32Array.from(targets, (x) => Math.max(0, Math.ceil(x - 1 - 1e-9)));
  const high = Int32Array.from(targets, (x) => Math.min(size, Math.floor(x + 1 + 1e-9)));
  const replacement = replaceTickets(options.highs, pool, panels, targets, low, high);
  for (const panel of panels) panel.sort((a, b) => a - b);

  const seats = new Float64Array(pool.problem.volunteers.length);
  for (const panel of panels) for (const i of panel) seats[i] = (seats[i] as number) + 1;
  const probabilities = seats.map((count) => count / size);
  let maxDeviation = 0;
  probabilities.forEach((p, i) => {
    maxDeviation = Math.max(maxDeviation, Math.abs(p - (distribution.probabilities[i] as number)));
  });
  return {
    panels,
    probabilities,
    maxDeviation,
    swaps: repair.swaps,
    replacedTickets: replacement.replaced,
    outsideBand: replacement.remaining,
  };
}

/** ⌊M·w⌋ tickets each, the rest to the largest remainders (ties: the earlier panel). */
function largestRemainder(weights: readonly number[], size: number): Int32Array {
  const tickets = Int32Array.from(weights, (w) => Math.floor(w * size));
  let left = size - tickets.reduce((sum, t) => sum + t, 0);
  const order = weights.map((w, p) => ({ p, rest: w * size - (tickets[p] as number) })).sort((a, b) => b.rest - a.rest);
  for (const { p } of order) {
    if (left <= 0) break;
    tickets[p] = (tickets[p] as number) + 1;
    left--;
  }
  return tickets;
}
