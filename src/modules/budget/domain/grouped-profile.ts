import type { Election } from "./election";
import { TallyError } from "./errors";
import type { Satisfaction } from "./rules";

/**
 * The ballots of an election, with identical ballots merged into one group with a multiplicity.
 * Voters with the same ballot are treated identically by every rule here (they keep identical budgets
 * and loads throughout), so the rules work per group; on real elections this shrinks tens of
 * thousands of voters to a few thousand groups.
 *
 * Utilities: 1 for every listed project under cost and cardinality satisfaction (ordinal, cumulative
 * and choose-1 ballots count as approval of every listed project), the points under points
 * satisfaction (projects with 0 points are not supported).
 */
export interface GroupedProfile {
  readonly projectCount: number;
  readonly numVoters: number;
  readonly groupCount: number;
  /** Multiplicity of each group. */
  readonly multiplicity: Int32Array;
  /** Ballot of group g: entries groupStart[g] .. groupStart[g+1]-1 of groupProject / groupUtil. */
  readonly groupStart: Int32Array;
  readonly groupProject: Int32Array;
  readonly groupUtil: Int32Array;
  /** Supporters of project p: entries supStart[p] .. supStart[p+1]-1 of supGroup / supUtil. */
  readonly supStart: Int32Array;
  readonly supGroup: Int32Array;
  readonly supUtil: Int32Array;
  /** Multiplicity of the group of each supporter entry (a copy, read in sequence by the rules). */
  readonly supMult: Int32Array;
  /** Number of voters supporting each project. */
  readonly supporters: Float64Array;
  /** Sum over supporters of their utility (equals `supporters` unless points are used). */
  readonly totalUtility: Float64Array;
  /** Longest ballot, in projects. */
  readonly maxBallotLength: number;
}

export function buildGroupedProfile(
  election: Election,
  satisfaction: Satisfaction,
  excluded: ReadonlySet<string> = new Set(),
): GroupedProfile {
  const projectCount = election.projects.length;
  const indexById = new Map<string, number>();
  election.projects.forEach((project, index) => {
    indexById.set(project.id, index);
  });

  const usePoints = satisfaction === "points";
  let capacity = 0;
  for (const voter of election.voters) capacity += voter.vote.length;
  // Ballots of the groups, packed one after the other: group g holds entries start[g] .. start[g+1]-1.
  const packedProject = new Int32Array(capacity);
  const packedUtil = new Int32Array(capacity);
  const starts: number[] = [0];
  const multiplicities: number[] = [];
  // Identical ballots are found through a hash of the sorted ballot; groups with the same hash are
  // chained and compared entry by entry.
  const firstWithHash = new Map<number, number>();
  const nextWithSameHash: number[] = [];

  const seenAt = new Int32Array(projectCount).fill(-1);
  // The current ballot as project indices (sorted in place) with their utilities.
  const indices = new Int32Array(projectCount);
  const utilityOf = new Int32Array(projectCount);
  const voters = election.voters;
  for (let voterIndex = 0; voterIndex < voters.length; voterIndex++) {
    const voter = voters[voterIndex] as (typeof voters)[number];
    if (usePoints && voter.points === undefined) {
      throw new TallyError(`points satisfaction needs points on every ballot (voter ${voter.id} has none)`);
    }
    let length = 0;
    const vote = voter.vote;
    for (let position = 0; position < vote.length; position++) {
      const projectId = vote[position] as string;
      const index = indexById.get(projectId);
      if (index === undefined) throw new TallyError(`voter ${voter.id} votes for unknown project ${projectId}`);
      if (excluded.size > 0 && excluded.has(projectId)) continue;
      let utility = 1;
      if (usePoints) {
        const points = voter.points?.[position];
        if (points === undefined || !Number.isSafeInteger(points) || points < 0 || points > 0x7fffffff) {
          throw new TallyError(`points rules need whole, non-negative points (voter ${voter.id})`);
        }
        utility = points;
      }
      if (seenAt[index] !== voterIndex) {
        seenAt[index] = voterIndex;
        indices[length++] = index;
      }
      // Listed twice: the last points count.
      utilityOf[index] = utility;
    }
    // Insertion sort (ballots are short), dropping projects with 0 points, and hashing.
    let kept = 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i < length; i++) {
      const value = indices[i] as number;
      if ((utilityOf[value] as number) <= 0) continue;
      let j = kept - 1;
      while (j >= 0 && (indices[j] as number) > value) {
        indices[j + 1] = indices[j] as number;
        j--;
      }
      indices[j + 1] = value;
      kept++;
    }
    for (let i = 0; i < kept; i++) {
      const p = indices[i] as number;
      hash = Math.imul(hash ^ p, 0x01000193);
      if (usePoints) hash = Math.imul(hash ^ (utilityOf[p] as number), 0x01000193);
    }
    hash = Math.imul(hash ^ kept, 0x01000193);
    let group = firstWithHash.get(hash) ?? -1;
    while (group >= 0) {
      const start = starts[group] as number;
      if ((starts[group + 1] as number) - start === kept) {
        let same = true;
        for (let i = 0; i < kept && same; i++) {
          const p = indices[i] as number;
          same = packedProject[start + i] === p && packedUtil[start + i] === (usePoints ? utilityOf[p] : 1);
        }
        if (same) break;
      }
      group = nextWithSameHash[group] as number;
    }
    if (group >= 0) {
      multiplicities[group] = (multiplicities[group] as number) + 1;
      continue;
    }
    const newGroup = multiplicities.length;
    const start = starts[newGroup] as number;
    for (let i = 0; i < kept; i++) {
      const p = indices[i] as number;
      packedProject[start + i] = p;
      packedUtil[start + i] = usePoints ? (utilityOf[p] as number) : 1;
    }
    starts.push(start + kept);
    multiplicities.push(1);
    nextWithSameHash.push(firstWithHash.get(hash) ?? -1);
    firstWithHash.set(hash, newGroup);
  }

  // A group with an empty ballot still counts its voters (they hold a share of the budget in Equal
  // Shares) but supports nothing.
  const groupCount = multiplicities.length;
  const multiplicity = Int32Array.from(multiplicities);
  const groupStart = Int32Array.from(starts);
  const total = groupStart[groupCount] as number;
  let maxBallotLength = 0;
  for (let g = 0; g < groupCount; g++) {
    const length = (groupStart[g + 1] as number) - (groupStart[g] as number);
    if (length > maxBallotLength) maxBallotLength = length;
  }
  const groupProject = packedProject.slice(0, total);
  const groupUtil = packedUtil.slice(0, total);
  const supportCounts = new Int32Array(projectCount + 1);
  for (let i = 0; i < total; i++) {
    const p = groupProject[i] as number;
    supportCounts[p + 1] = (supportCounts[p + 1] as number) + 1;
  }
  const supStart = new Int32Array(projectCount + 1);
  for (let p = 0; p < projectCount; p++) supStart[p + 1] = (supStart[p] as number) + (supportCounts[p + 1] as number);
  const fill = supStart.slice(0, projectCount);
  const supGroup = new Int32Array(total);
  const supUtil = new Int32Array(total);
  const supMult = new Int32Array(total);
  const supporters = new Float64Array(projectCount);
  const totalUtility = new Float64Array(projectCount);
  for (let g = 0; g < groupCount; g++) {
    const count = multiplicity[g] as number;
    for (let i = groupStart[g] as number; i < (groupStart[g + 1] as number); i++) {
      const p = groupProject[i] as number;
      const at = fill[p] as number;
      fill[p] = at + 1;
      supGroup[at] = g;
      supUtil[at] = groupUtil[i] as number;
      supMult[at] = count;
      supporters[p] = (supporters[p] as number) + count;
      totalUtility[p] = (totalUtility[p] as number) + count * (groupUtil[i] as number);
    }
  }
  return {
    projectCount,
    numVoters: election.voters.length,
    groupCount,
    multiplicity,
    groupStart,
    groupProject,
    groupUtil,
    supStart,
    supGroup,
    supUtil,
    supMult,
    supporters,
    totalUtility,
    maxBallotLength,
  };
}
