/**
 * Brings every volunteer's number of tickets within one of their target (M × LEXIMIN probability)
 * by swapping single members between a ticket and the pool. Rounding panel weights to whole
 * tickets can leave a few volunteers just outside that band, because a handful of panels decide
 * their count; but a ticket does not have to be a panel of the LEXIMIN distribution — any
 * feasible panel will do — so trading a volunteer who has too many tickets for one with too few,
 * on a ticket where the swap keeps every quota and the household rule, moves both towards their
 * target. Swaps never change a ticket's size or break a quota.
 */
import type { SelectionProblem } from "./problem";
import type { GroupedPool } from "./volunteer-groups";

/** Longest chain of swaps tried, and how much of the search one shift may do. */
const MAX_CHAIN = 4;
const MAX_EXPANDED = 300;
const TICKETS_PER_STEP = 60;

export interface RepairResult {
  /** Volunteers still outside the band after repair (none in the usual case). */
  readonly remaining: number;
  readonly swaps: number;
}

export function repairLottery(pool: GroupedPool, tickets: number[][], targets: Float64Array): RepairResult {
  const problem: SelectionProblem = pool.problem;
  const n = problem.volunteers.length;
  const featureCount = problem.features.length;
  const quotaOf = (i: number, f: number): number =>
    pool.groupQuota[(pool.groupOfVolunteer[i] as number) * featureCount + f] as number;
  const household = problem.volunteers.map((v) => (problem.households && v.household ? v.household : undefined));
  const M = tickets.length;

  const count = new Int32Array(n);
  const members = tickets.map((ticket) => new Set(ticket));
  const quotaCount = tickets.map((ticket) => {
    const perQuota = new Int32Array(pool.quotaCount);
    for (const i of ticket) {
      count[i] = (count[i] as number) + 1;
      for (let f = 0; f < featureCount; f++) {
        const q = quotaOf(i, f);
        perQuota[q] = (perQuota[q] as number) + 1;
      }
    }
    return perQuota;
  });
  const households = tickets.map((ticket) => new Set(ticket.map((i) => household[i]).filter((h) => h !== undefined)));
  // Allowed band: ⌈x − 1⌉ … ⌊x + 1⌋ tickets (1e-9 absorbs rounding of the probabilities).
  const low = Int32Array.from(targets, (x) => Math.max(0, Math.ceil(x - 1 - 1e-9)));
  const high = Int32Array.from(targets, (x) => Math.min(M, Math.floor(x + 1 + 1e-9)));

  const canSwap = (t: number, out: number, into: number): boolean => {
    if ((members[t] as Set<number>).has(into)) return false;
    const h = household[into];
    if (h !== undefined && h !== household[out] && (households[t] as Set<string | undefined>).has(h)) return false;
    const perQuota = quotaCount[t] as Int32Array;
    for (let f = 0; f < featureCount; f++) {
      const qOut = quotaOf(out, f);
      const qIn = quotaOf(into, f);
      if (qOut === qIn) continue;
      if ((perQuota[qOut] as number) <= (pool.quotaMin[qOut] as number)) return false;
      if ((perQuota[qIn] as number) >= (pool.quotaMax[qIn] as number)) return false;
    }
    return true;
  };
  const swap = (t: number, out: number, into: number): void => {
    const ticket = tickets[t] as number[];
    ticket[ticket.indexOf(out)] = into;
    (members[t] as Set<number>).delete(out);
    (members[t] as Set<number>).add(into);
    const perQuota = quotaCount[t] as Int32Array;
    for (let f = 0; f < featureCount; f++) {
      const qOut = quotaOf(out, f);
      const qIn = quotaOf(into, f);
      perQuota[qOut] = (perQuota[qOut] as number) - 1;
      perQuota[qIn] = (perQuota[qIn] as number) + 1;
    }
    const hs = households[t] as Set<string | undefined>;
    if (household[out] !== undefined) hs.delete(household[out]);
    if (household[into] !== undefined) hs.add(household[into]);
    count[out] = (count[out] as number) - 1;
    count[into] = (count[into] as number) + 1;
  };

  const outOfBand = (i: number): boolean =>
    (count[i] as number) > (high[i] as number) || (count[i] as number) < (low[i] as number);
  /** Whether volunteer v may enter ticket t in place of u (v not on it, quotas and households hold). */
  const canEnter = (t: number, u: number, v: number): boolean => v !== u && canSwap(t, u, v);

  /**
   * Moves one ticket away from volunteer i (tooMany) or to it, along the shortest chain of swaps:
   * i leaves ticket T₁ for j₁, j₁ leaves T₂ for j₂, …, until a volunteer with room in their band
   * takes the seat. Volunteers inside the chain keep their count. Breadth-first, a few steps deep.
   */
  const shift = (i: number, tooMany: boolean): boolean => {
    const parent = new Map<number, { from: number; ticket: number }>();
    const depth = new Map<number, number>([[i, 0]]);
    const queue = [i];
    let expanded = 0;
    const apply = (last: number, lastTicket: number, lastFrom: number): boolean => {
      // Steps from the end of the chain back to i; applied in that order so each ticket still
      // holds the leaving volunteer when its swap happens.
      const steps: { ticket: number; out: number; into: number }[] = [];
      let node = lastFrom;
      steps.push(
        tooMany ? { ticket: lastTicket, out: lastFrom, into: last } : { ticket: lastTicket, out: last, into: lastFrom },
      );
      while (node !== i) {
        const step = parent.get(node) as { from: number; ticket: number };
        steps.push(
          tooMany
            ? { ticket: step.ticket, out: step.from, into: node }
            : { ticket: step.ticket, out: node, into: step.from },
        );
        node = step.from;
      }
      const done: typeof steps = [];
      for (const step of steps) {
        if (!(members[step.ticket] as Set<number>).has(step.out) || !canSwap(step.ticket, step.out, step.into)) {
          for (const undo of done.reverse()) swap(undo.ticket, undo.into, undo.out);
          return false;
        }
        swap(step.ticket, step.out, step.into);
        done.push(step);
      }
      swaps += done.length;
      return true;
    };
    while (queue.length > 0 && expanded < MAX_EXPANDED) {
      const u = queue.shift() as number;
      expanded++;
      const d = depth.get(u) as number;
      // Tickets to look at: those u can leave (tooMany) or enter; a bounded, rotating sample.
      const candidates: number[] = [];
      for (let t = 0; t < M; t++) if ((members[t] as Set<number>).has(u) === tooMany) candidates.push(t);
      const offset = (u * 7919 + swaps) % Math.max(1, candidates.length);
      for (let c = 0; c < Math.min(candidates.length, TICKETS_PER_STEP); c++) {
        const t = candidates[(offset + c) % candidates.length] as number;
        const others = tooMany ? problem.volunteers.keys() : (tickets[t] as number[]).slice().values();
        for (const v of others) {
          if (v === i || depth.has(v)) continue;
          const feasible = tooMany ? canEnter(t, u, v) : (members[t] as Set<number>).has(v) && canEnter(t, v, u);
          if (!feasible) continue;
          const hasRoom = tooMany
            ? (count[v] as number) + 1 <= (high[v] as number)
            : (count[v] as number) - 1 >= (low[v] as number);
          if (hasRoom && apply(v, t, u)) return true;
          if (!hasRoom && d + 1 < MAX_CHAIN) {
            depth.set(v, d + 1);
            parent.set(v, { from: u, ticket: t });
            queue.push(v);
          }
        }
      }
    }
    return false;
  };

  let swaps = 0;
  for (let pass = 0; pass < 20; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      while (outOfBand(i)) {
        if (!shift(i, (count[i] as number) > (high[i] as number))) break;
        moved = true;
      }
    }
    if (!moved) break;
  }
  let remaining = 0;
  for (let i = 0; i < n; i++) if (outOfBand(i)) remaining++;
  return { remaining, swaps };
}
