import type { GroupedPool } from "../volunteer-groups";

/**
 * A panel as an LP column over the groups: in row g, c_g / s_g, the selection probability the
 * panel gives each member of group g (c_g members taken of s_g). Groups it takes nobody from are
 * left out, so the column stays sparse.
 */
export function panelColumn(pool: GroupedPool, counts: ArrayLike<number>): { indices: number[]; values: number[] } {
  const indices: number[] = [];
  const values: number[] = [];
  for (let g = 0; g < pool.groupMembers.length; g++) {
    const c = counts[g] as number;
    if (c > 0) {
      indices.push(g);
      values.push(c / (pool.groupMembers[g] as readonly number[]).length);
    }
  }
  return { indices, values };
}
