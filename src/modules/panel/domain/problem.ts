/**
 * The selection problem: a pool of volunteers, quotas per feature value, and the panel size.
 *
 * Values are stored as indices into their feature's value list so the algorithms never compare
 * strings; the CSV readers and the platform map names to indices once, at the edge.
 */

/** One value of a feature (e.g. "female" of "gender") with its quota, both bounds inclusive. */
export interface FeatureValue {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /**
   * How far a suggested relaxation may go (Sortition Foundation `min_flex`/`max_flex`): the
   * relaxed minimum never goes below `minFlex`, the relaxed maximum never above `maxFlex`.
   */
  readonly minFlex?: number;
  readonly maxFlex?: number;
}

/** A feature (a "category" in the replication format), e.g. gender or district. */
export interface Feature {
  readonly name: string;
  readonly values: readonly FeatureValue[];
}

export interface Volunteer {
  /** Pseudonymous id; unique within the pool. */
  readonly id: string;
  /** For each feature, in the order of `SelectionProblem.features`, the index of the volunteer's value. */
  readonly values: readonly number[];
  /** Volunteers with the same household id may not sit on the same panel (when households are enforced). */
  readonly household?: string;
}

export interface SelectionProblem {
  readonly features: readonly Feature[];
  readonly volunteers: readonly Volunteer[];
  /** Panel size. */
  readonly k: number;
  /** When true, a panel holds at most one member of each household. */
  readonly households: boolean;
}

/** A panel as the indices of its members in `SelectionProblem.volunteers`, ascending. */
export type Panel = readonly number[];

/** A probability distribution over panels. */
export interface PanelDistribution {
  readonly panels: readonly { readonly members: Panel; readonly weight: number }[];
}
