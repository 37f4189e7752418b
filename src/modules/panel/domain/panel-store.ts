/**
 * The panels (as group counts) that column generation has found, without duplicates, and how
 * often each group appears in them (to steer the search towards groups that are still rare).
 */
import type { GroupedPool } from "./volunteer-groups";

export class PanelStore {
  readonly panels: Int32Array[] = [];
  /** Number of stored panels that contain each group. */
  readonly coverage: Int32Array;
  private readonly keys = new Set<string>();

  constructor(pool: GroupedPool) {
    this.coverage = new Int32Array(pool.groupMembers.length);
  }

  has(counts: Int32Array): boolean {
    return this.keys.has(counts.join(","));
  }

  /** Adds the panel unless it is known; returns whether it was new. */
  add(counts: Int32Array): boolean {
    const key = counts.join(",");
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    const copy = Int32Array.from(counts);
    this.panels.push(copy);
    for (let g = 0; g < copy.length; g++) {
      if ((copy[g] as number) > 0) this.coverage[g] = (this.coverage[g] as number) + 1;
    }
    return true;
  }

  get size(): number {
    return this.panels.length;
  }

  /**
   * The stored panels `ids[j]` that carry a weight `x[j]` above 1e-12, with those weights scaled
   * to sum to 1 (a master LP's solution as a distribution).
   */
  distribution(x: Float64Array, ids: readonly number[]): { counts: Int32Array; weight: number }[] {
    let total = 0;
    for (const w of x) if (w > 1e-12) total += w;
    const panels: { counts: Int32Array; weight: number }[] = [];
    x.forEach((w, j) => {
      if (w > 1e-12) panels.push({ counts: this.panels[ids[j] as number] as Int32Array, weight: w / total });
    });
    return panels;
  }
}
