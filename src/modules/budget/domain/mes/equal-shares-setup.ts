import type { GroupedProfile } from "../grouped-profile";
import type { Rational } from "../rational";
import type { Satisfaction } from "../rules";
import { compareProjectIds } from "../tie-breaking";
import type { EqualSharesSetup } from "./equal-shares-run";

export interface EqualSharesElection extends EqualSharesSetup {
  /** Supported projects that cost nothing: funded before the first round, in id order. */
  readonly freeProjects: readonly number[];
  readonly budget: Rational;
  readonly numVoters: number;
}

export function prepareEqualShares(
  profile: GroupedProfile,
  costs: readonly Rational[],
  ids: readonly string[],
  satisfaction: Satisfaction,
  budget: Rational,
): EqualSharesElection {
  const candidates: number[] = [];
  const freeProjects: number[] = [];
  for (let p = 0; p < profile.projectCount; p++) {
    if ((profile.totalUtility[p] as number) <= 0) continue;
    if ((costs[p] as Rational).isZero()) freeProjects.push(p);
    else candidates.push(p);
  }
  freeProjects.sort((a, b) => compareProjectIds(ids[a] as string, ids[b] as string));
  return {
    profile,
    costs,
    ids,
    compareByCost: satisfaction === "cost",
    candidates,
    freeProjects,
    budget,
    numVoters: profile.numVoters,
  };
}
