/**
 * From a distribution over panels to a uniform lottery over M panels (Flanigan, Kehne, Procaccia,
 * "Fair Sortition Made Transparent", NeurIPS 2021): a list of M panels, possibly with repeats,
 * from which one is drawn uniformly in public. Each volunteer's chance in the lottery is the
 * number of listed panels they sit on, divided by M; the rounding keeps it within 1/M of their
 * LEXIMIN probability.
 *
 * How: each panel P of the distribution (as group counts) gets m_P tickets, chosen by a small
 * integer program (`solver/lottery-rounding-ilp.ts`) so that every group's total seats A_g over all
 * tickets lies in [s·⌈x−1⌉, s·⌊x+1⌋], where x = M × the group's probability and s its size. The
 * seats of a group are then dealt to its members in turn, round-robin across the tickets, so
 * every member gets ⌊A_g/s⌋ or ⌈A_g/s⌉ of them — within one of x — and no ticket gets the same
 * member twice. Members of households with several volunteers form groups of their own, so the
 * household rule survives the dealing. Where the panels of the distribution are too few to meet
 * every range, single-member swaps between tickets and the pool finish the job
 * (`lottery-repair.ts`); `maxDeviation` reports what was reached.
 */
import type { SelectionDistribution } from "./leximin";
import type { Panel } from "./problem";
import { repairLottery } from "./lottery-repair";
import { createLocalSearch } from "./panel-local-search";
import { type Random, randomInt } from "./random";
import type { Highs } from "./solver/highs-solver";
import { assignTickets } from "./solver/lottery-rounding-ilp";

/** Panels one swap away from each panel of the distribution, offered to the rounding program. */
const NEIGHBOURS_PER_PANEL = 20;

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
}

export interface LotteryOptions {
  readonly highs: Highs;
  /** Seeded: the list must come out the same for the same inputs. */
  readonly random: Random;
  /** M, the number of panels in the list (default 1000). */
  readonly size?: number;
  /** Time for the integer program (default 5 s); after that its best solution is used and swaps finish the job. */
  readonly timeLimitSeconds?: number;
}

export function roundToLottery(distribution: SelectionDistribution, options: LotteryOptions): Lottery {
  const size = options.size ?? 1000;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`the lottery size must be a whole number ≥ 1, not ${size}`);
  const { pool, groupPanels } = distribution;
  const groupCount = pool.groupMembers.length;
  const groupSize = Float64Array.from(pool.groupMembers, (m) => m.length);
  const groupProbability = new Float64Array(groupCount);
  for (const { counts, weight } of groupPanels) {
    counts.forEach((c, g) => {
      if (c > 0) groupProbability[g] = (groupProbability[g] as number) + (weight * c) / (groupSize[g] as number);
    });
  }
  // Allowed seats per group; the 1e-9 absorbs rounding in the probabilities.
  const seatsLower = new Float64Array(groupCount);
  const seatsUpper = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const x = size * (groupProbability[g] as number);
    const s = groupSize[g] as number;
    seatsLower[g] = s * Math.max(0, Math.ceil(x - 1 - 1e-9));
    seatsUpper[g] = s * Math.min(size, Math.floor(x + 1 + 1e-9));
  }
  // Candidates: the distribution's panels, plus panels one swap away from them. The neighbours
  // carry no weight of their own, but they give the program the small moves of single seats
  // between groups that exact ranges need when the distribution has few panels.
  const search = createLocalSearch(pool);
  const candidates = groupPanels.map((p) => p.counts);
  const known = new Set(candidates.map((c) => c.join(",")));
  for (const { counts } of groupPanels) {
    for (const neighbour of search.neighbours(counts, NEIGHBOURS_PER_PANEL, options.random)) {
      const key = neighbour.join(",");
      if (!known.has(key)) {
        known.add(key);
        candidates.push(neighbour);
      }
    }
  }
  const start = new Int32Array(candidates.length);
  start.set(
    largestRemainder(
      groupPanels.map((p) => p.weight),
      size,
    ),
  );
  const { ticketsPerPanel } = assignTickets(options.highs, {
    tickets: size,
    panels: candidates,
    start,
    seatsLower,
    seatsUpper,
    groupSize,
    timeLimitSeconds: options.timeLimitSeconds ?? 5,
  });

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
  for (const panel of panels) panel.sort((a, b) => a - b);

  const seats = new Float64Array(pool.problem.volunteers.length);
  for (const panel of panels) for (const i of panel) seats[i] = (seats[i] as number) + 1;
  const probabilities = seats.map((count) => count / size);
  let maxDeviation = 0;
  probabilities.forEach((p, i) => {
    maxDeviation = Math.max(maxDeviation, Math.abs(p - (distribution.probabilities[i] as number)));
  });
  return { panels, probabilities, maxDeviation, swaps: repair.swaps, outsideBand: repair.remaining };
}

/** ⌊M·w⌋ tickets each, the rest to the largest remainders: a start for the integer program. */
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
