/**
 * The last resort of the lottery rounding: replace a whole ticket by another feasible panel.
 * Single-member swaps (`lottery-repair.ts`) fail where quotas are tight and a volunteer has no
 * twin, because then any change of one seat breaks some quota; a new panel may change several
 * seats at once. The panel comes from an integer program over individual volunteers (size k,
 * quotas, households) in which
 * - the volunteer to move is forced out of (too many tickets) or into (too few) the panel;
 * - nobody may gain a ticket who is at the top of their band, or lose one who is at the bottom,
 *   so every other volunteer stays inside their band (or at least gets no further from it);
 * - the objective keeps as much of the old ticket as possible and, beyond that, favours those
 *   furthest below their target.
 * So each replacement moves one volunteer one ticket towards their band and harms nobody.
 */

import type { GroupedPool } from "../volunteer-groups";
import { createModel, type Highs, MODEL_STATUS, type Model, run } from "./highs-solver";

/**
 * Integer programs allowed per ticket of the list, in all. A step tries every ticket that could
 * help, from a rotating start, until one works; most steps succeed within a few tries, and the
 * budget (a count, not a time, so the list stays the same on every machine) bounds the cost when
 * a volunteer cannot be moved at all.
 */
const SOLVES_PER_TICKET = 20;

export interface TicketReplacementResult {
  readonly replaced: number;
  /** Volunteers still outside their band. */
  readonly remaining: number;
}

/**
 * Changes `tickets` in place (each a list of volunteer indices); `low`/`high` are each
 * volunteer's allowed number of tickets.
 */
export function replaceTickets(
  highs: Highs,
  pool: GroupedPool,
  tickets: number[][],
  targets: Float64Array,
  low: Int32Array,
  high: Int32Array,
): TicketReplacementResult {
  const n = pool.problem.volunteers.length;
  const count = new Int32Array(n);
  for (const ticket of tickets) for (const i of ticket) count[i] = (count[i] as number) + 1;
  const outOfBand = (i: number): boolean =>
    (count[i] as number) > (high[i] as number) || (count[i] as number) < (low[i] as number);
  let replaced = 0;
  if (![...count.keys()].some(outOfBand)) return { replaced, remaining: 0 };

  const model = buildPersonModel(highs, pool);
  const all = { kind: "range", from: 0, to: n - 1 } as const;
  let budget = SOLVES_PER_TICKET * tickets.length;
  try {
    const tryTicket = (i: number, t: number, tooMany: boolean): boolean => {
      budget--;
      const ticket = tickets[t] as number[];
      const onTicket = new Uint8Array(n);
      for (const j of ticket) onTicket[j] = 1;
      const lower = new Float64Array(n);
      const upper = new Float64Array(n).fill(1);
      const cost = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        const c = count[j] as number;
        if (onTicket[j] && c <= (low[j] as number)) lower[j] = 1;
        if (!onTicket[j] && c >= (high[j] as number)) upper[j] = 0;
        const need = (targets[j] as number) - c;
        cost[j] = (onTicket[j] ? 1 : 0) + 0.25 * Math.max(-1, Math.min(1, need));
      }
      if (tooMany) {
        lower[i] = 0;
        upper[i] = 0;
      } else {
        lower[i] = 1;
        upper[i] = 1;
      }
      model.changeColsBounds(all, lower, upper);
      model.changeColsCost(all, cost);
      if (run(model, "ticket replacement integer program") !== MODEL_STATUS.optimal) return false;
      const next: number[] = [];
      model.getSolution().colValue.forEach((x, j) => {
        if (x > 0.5) next.push(j);
      });
      for (const j of ticket) count[j] = (count[j] as number) - 1;
      for (const j of next) count[j] = (count[j] as number) + 1;
      tickets[t] = next;
      replaced++;
      return true;
    };

    for (let pass = 0; pass < 3; pass++) {
      let moved = false;
      for (let i = 0; i < n; i++) {
        while (outOfBand(i)) {
          const tooMany = (count[i] as number) > (high[i] as number);
          const candidates: number[] = [];
          tickets.forEach((ticket, t) => {
            if (ticket.includes(i) === tooMany) candidates.push(t);
          });
          const start = (i * 7919 + replaced) % Math.max(1, candidates.length);
          let done = false;
          for (let c = 0; c < candidates.length && !done && budget > 0; c++) {
            done = tryTicket(i, candidates[(start + c) % candidates.length] as number, tooMany);
          }
          if (!done) break;
          moved = true;
        }
      }
      if (!moved) break;
    }
  } finally {
    model.dispose();
  }
  let remaining = 0;
  for (let i = 0; i < n; i++) if (outOfBand(i)) remaining++;
  return { replaced, remaining };
}

/** Binary variable per volunteer: size k, every quota, at most one per household. */
function buildPersonModel(highs: Highs, pool: GroupedPool): Model {
  const { problem } = pool;
  const n = problem.volunteers.length;
  const featureCount = problem.features.length;
  // Any feasible panel will do; the objective only breaks ties.
  const model = createModel(highs, { mip_rel_gap: 1e-2 });
  model.addVars(new Float64Array(n), new Float64Array(n).fill(1));
  model.changeColsIntegrality({ kind: "range", from: 0, to: n - 1 }, new Int32Array(n).fill(1));
  model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
  model.addRow(problem.k, problem.k, {
    indices: Int32Array.from({ length: n }, (_, i) => i),
    values: new Float64Array(n).fill(1),
  });
  const quotaMembers: number[][] = Array.from({ length: pool.quotaCount }, () => []);
  for (let i = 0; i < n; i++) {
    const g = pool.groupOfVolunteer[i] as number;
    for (let f = 0; f < featureCount; f++) quotaMembers[pool.groupQuota[g * featureCount + f] as number]?.push(i);
  }
  quotaMembers.forEach((members, q) => {
    model.addRow(pool.quotaMin[q] as number, pool.quotaMax[q] as number, {
      indices: Int32Array.from(members),
      values: new Float64Array(members.length).fill(1),
    });
  });
  if (problem.households) {
    const byHousehold = new Map<string, number[]>();
    problem.volunteers.forEach((volunteer, i) => {
      if (!volunteer.household) return;
      const list = byHousehold.get(volunteer.household) ?? [];
      list.push(i);
      byHousehold.set(volunteer.household, list);
    });
    for (const members of byHousehold.values()) {
      if (members.length < 2) continue;
      model.addRow(-highs.infinity, 1, {
        indices: Int32Array.from(members),
        values: new Float64Array(members.length).fill(1),
      });
    }
  }
  return model;
}
