/**
 * Generated demo ballots, so that the demo's results page shows a real tally with reasons. They are
 * invented, deterministic (a fixed seed gives the same ballots on every install) and carry a `demo:`
 * voter key, so they are never mistaken for real votes.
 */

/** A group of demo voters with the same taste: the projects it likes (by index) and how often. */
export interface DemoCamp {
  share: number;
  likes: readonly number[];
  /** Projects it sometimes also ticks. */
  maybe?: readonly number[];
}

export interface DemoBallotOptions {
  count: number;
  seed: number;
  /** Costs of the projects on the ballot, in the ballot's order. */
  costs: readonly number[];
  camps: readonly DemoCamp[];
  maxProjects: number | null;
  /** The heading's amount when the chosen projects may cost at most that much, else null. */
  moneyLimit: number | null;
}

/** mulberry32: a small, well-known seeded generator; plenty for invented ballots. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The ballots as lists of project indexes, each within the ballot's limits and never empty. A voter
 * ticks what the camp likes (mostly), what it may like (sometimes) and rarely anything else; when
 * the choice is over a limit, the least liked projects are dropped.
 */
export function demoBallots(options: DemoBallotOptions): number[][] {
  const random = generator(options.seed);
  const n = options.costs.length;
  const totalShare = options.camps.reduce((s, c) => s + c.share, 0);
  const ballots: number[][] = [];
  for (let v = 0; v < options.count; v++) {
    const pick = random() * totalShare;
    let below = 0;
    const camp =
      options.camps.find((c) => {
        below += c.share;
        return pick < below;
      }) ?? (options.camps.at(-1) as DemoCamp);
    const ranked: number[] = [];
    for (const i of camp.likes) if (random() < 0.85) ranked.push(i);
    for (const i of camp.maybe ?? []) if (random() < 0.35) ranked.push(i);
    for (let i = 0; i < n; i++) if (!ranked.includes(i) && random() < 0.06) ranked.push(i);
    if (ranked.length === 0) ranked.push(camp.likes[0] ?? 0);
    const chosen: number[] = [];
    let cost = 0;
    for (const i of ranked) {
      if (options.maxProjects !== null && chosen.length >= options.maxProjects) break;
      const price = options.costs[i] ?? 0;
      if (options.moneyLimit !== null && cost + price > options.moneyLimit) continue;
      chosen.push(i);
      cost += price;
    }
    if (chosen.length > 0) ballots.push(chosen.sort((a, b) => a - b));
  }
  return ballots;
}
