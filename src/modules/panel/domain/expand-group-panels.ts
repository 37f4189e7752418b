/**
 * Turns a distribution over panels given as group counts ("3 members of group g") into one over
 * panels of named volunteers, with every member of a group equally likely.
 *
 * Within one group panel of weight λ, group g (size s, c seats) is filled by McNaughton's
 * wrap-around rule: lay the s members one after another on a tape of length c, each taking c/s;
 * cut the tape into c seats of length 1; read it at a position τ ∈ [0, 1) of every seat. As no
 * member is longer than a seat, nobody sits twice at the same τ, and every member is seated for
 * exactly c/s of the τ range. The seating changes only where τ·s is an integer, so cutting [0, 1)
 * at all those points (over all groups) gives finitely many person panels with weight λ × length.
 */
import type { Panel } from "./problem";
import type { GroupedPool } from "./volunteer-groups";

export interface PersonPanel {
  readonly members: Panel;
  readonly weight: number;
}

export function expandGroupPanels(
  pool: GroupedPool,
  panels: readonly { readonly counts: Int32Array; readonly weight: number }[],
): PersonPanel[] {
  const merged = new Map<string, { members: number[]; weight: number }>();
  for (const { counts, weight } of panels) {
    for (const { members, share } of seatings(pool, counts)) {
      const key = members.join(",");
      const entry = merged.get(key);
      if (entry) entry.weight += weight * share;
      else merged.set(key, { members, weight: weight * share });
    }
  }
  return [...merged.values()];
}

/** The person panels that one group panel stands for, with their shares of its weight. */
function seatings(pool: GroupedPool, counts: Int32Array): { members: number[]; share: number }[] {
  // Cut points τ = j / s for every partially chosen group, kept as exact fractions.
  const cuts = new Map<string, number>([["0/1", 0]]);
  counts.forEach((c, g) => {
    const s = pool.groupMembers[g]?.length ?? 0;
    if (c === 0 || c === s) return;
    const step = gcd(c, s); // seatings repeat every gcd(c, s) / s
    for (let j = step; j < s; j += step) {
      const d = gcd(j, s);
      cuts.set(`${j / d}/${s / d}`, j / s);
    }
  });
  const points = [...cuts.values()].sort((a, b) => a - b);
  points.push(1);
  const result: { members: number[]; share: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const tau = (from + to) / 2;
    const members: number[] = [];
    counts.forEach((c, g) => {
      if (c === 0) return;
      const group = pool.groupMembers[g] as readonly number[];
      const s = group.length;
      for (let seat = 0; seat < c; seat++) members.push(group[Math.floor(((seat + tau) * s) / c)] as number);
    });
    members.sort((a, b) => a - b);
    result.push({ members, share: to - from });
  }
  return result;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
