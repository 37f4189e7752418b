/**
 * Volunteers with the same value for every feature (and no housemate in the pool) are
 * interchangeable: swapping two of them maps feasible panels to feasible panels. The LEXIMIN
 * probability vector is unique, so interchangeable volunteers get the same probability, and the
 * optimisation can work with groups and counts instead of individuals. That shrinks the integer
 * programs (integer counts instead of many symmetric 0/1 variables) and the LPs (one row per
 * group). Members of households with several volunteers stay single, because the household rule
 * ties them to a specific other person.
 */
import type { SelectionProblem } from "./problem";

export interface GroupedPool {
  readonly problem: SelectionProblem;
  /** Number of quotas, one per (feature, value), numbered feature by feature. */
  readonly quotaCount: number;
  /** Index of the first quota of each feature. */
  readonly quotaOffset: readonly number[];
  readonly quotaMin: Int32Array;
  readonly quotaMax: Int32Array;
  /** Volunteer indices of each group, ascending. */
  readonly groupMembers: readonly (readonly number[])[];
  /** `groupQuota[g * featureCount + f]` is the quota index of group g's value of feature f. */
  readonly groupQuota: Int32Array;
  /** Households with two or more (single-member) groups, as group indices. */
  readonly householdGroups: readonly (readonly number[])[];
  /** Group of each volunteer. */
  readonly groupOfVolunteer: Int32Array;
}

export function groupVolunteers(problem: SelectionProblem): GroupedPool {
  const featureCount = problem.features.length;
  const quotaOffset: number[] = [];
  let quotaCount = 0;
  for (const feature of problem.features) {
    quotaOffset.push(quotaCount);
    quotaCount += feature.values.length;
  }
  const quotaMin = new Int32Array(quotaCount);
  const quotaMax = new Int32Array(quotaCount);
  problem.features.forEach((feature, f) => {
    feature.values.forEach((value, v) => {
      quotaMin[(quotaOffset[f] as number) + v] = value.min;
      quotaMax[(quotaOffset[f] as number) + v] = value.max;
    });
  });

  const householdSize = new Map<string, number>();
  if (problem.households) {
    for (const volunteer of problem.volunteers) {
      if (volunteer.household !== undefined && volunteer.household !== "") {
        householdSize.set(volunteer.household, (householdSize.get(volunteer.household) ?? 0) + 1);
      }
    }
  }
  const sharesHousehold = (household: string | undefined): household is string =>
    household !== undefined && (householdSize.get(household) ?? 0) > 1;

  const groupByKey = new Map<string, number>();
  const groupMembers: number[][] = [];
  const groupValues: (readonly number[])[] = [];
  const groupOfVolunteer = new Int32Array(problem.volunteers.length);
  const householdGroupsByName = new Map<string, number[]>();
  problem.volunteers.forEach((volunteer, i) => {
    const single = sharesHousehold(volunteer.household);
    const key = single ? `#${i}` : volunteer.values.join(",");
    let g = groupByKey.get(key);
    if (g === undefined) {
      g = groupMembers.length;
      groupByKey.set(key, g);
      groupMembers.push([]);
      groupValues.push(volunteer.values);
      if (single) {
        const list = householdGroupsByName.get(volunteer.household as string) ?? [];
        list.push(g);
        householdGroupsByName.set(volunteer.household as string, list);
      }
    }
    (groupMembers[g] as number[]).push(i);
    groupOfVolunteer[i] = g;
  });

  const groupQuota = new Int32Array(groupMembers.length * featureCount);
  groupValues.forEach((values, g) => {
    values.forEach((v, f) => {
      groupQuota[g * featureCount + f] = (quotaOffset[f] as number) + v;
    });
  });

  return {
    problem,
    quotaCount,
    quotaOffset,
    quotaMin,
    quotaMax,
    groupMembers,
    groupQuota,
    householdGroups: [...householdGroupsByName.values()],
    groupOfVolunteer,
  };
}

/** Per quota, how many members a panel given as group counts has. */
export function quotaCounts(pool: GroupedPool, counts: ArrayLike<number>): Int32Array {
  const featureCount = pool.problem.features.length;
  const result = new Int32Array(pool.quotaCount);
  for (let g = 0; g < pool.groupMembers.length; g++) {
    const c = counts[g] as number;
    if (c === 0) continue;
    for (let f = 0; f < featureCount; f++) {
      const q = pool.groupQuota[g * featureCount + f] as number;
      result[q] = (result[q] as number) + c;
    }
  }
  return result;
}
