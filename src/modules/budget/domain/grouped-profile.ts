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
  election.projects.forEach((project, index) => indexById.set(project.id, index));

  const keyToGroup = new Map<string, number>();
  const ballots: Array<{ projects: number[]; utils: number[] }> = [];
  const multiplicities: number[] = [];
  const usePoints = satisfaction === "points";

  const seenAt = new Int32Array(projectCount).fill(-1);
  const order: number[] = [];
  const utilityOf = new Int32Array(projectCount);
  election.voters.forEach((voter, voterIndex) => {
    if (usePoints && voter.points === undefined) {
      throw new TallyError(`points satisfaction needs points on every ballot (voter ${voter.id} has none)`);
    }
    order.length = 0;
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
        order.push(index);
        utilityOf[index] = utility;
      } else if (usePoints) utilityOf[index] = utility; // listed twice: the last points count
    }
    const projects = (usePoints ? order.filter((p) => (utilityOf[p] as number) > 0) : order.slice()).sort((a, b) => a - b);
    const utils = projects.map((p) => (usePoints ? (utilityOf[p] as number) : 1));
    let key = "";
    for (let i = 0; i < projects.length; i++) {
      key += i === 0 ? String(projects[i]) : `,${projects[i]}`;
      if (usePoints) key += `:${utils[i]}`;
    }
    const existing = keyToGroup.get(key);
    if (existing !== undefined) {
      multiplicities[existing] = (multiplicities[existing] as number) + 1;
      return;
    }
    keyToGroup.set(key, ballots.length);
    ballots.push({ projects, utils });
    multiplicities.push(1);
  });

  // A group with an empty ballot still counts its voters (they hold a share of the budget in Equal
  // Shares) but supports nothing.
  const groupCount = ballots.length;
  const multiplicity = Int32Array.from(multiplicities);
  const groupStart = new Int32Array(groupCount + 1);
  let total = 0;
  let maxBallotLength = 0;
  for (let g = 0; g < groupCount; g++) {
    groupStart[g] = total;
    const length = (ballots[g] as { projects: number[] }).projects.length;
    total += length;
    if (length > maxBallotLength) maxBallotLength = length;
  }
  groupStart[groupCount] = total;
  const groupProject = new Int32Array(total);
  const groupUtil = new Int32Array(total);
  const supportCounts = new Int32Array(projectCount + 1);
  for (let g = 0; g < groupCount; g++) {
    const ballot = ballots[g] as { projects: number[]; utils: number[] };
    const start = groupStart[g] as number;
    for (let i = 0; i < ballot.projects.length; i++) {
      const p = ballot.projects[i] as number;
      groupProject[start + i] = p;
      groupUtil[start + i] = ballot.utils[i] as number;
      supportCounts[p + 1] = (supportCounts[p + 1] as number) + 1;
    }
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
