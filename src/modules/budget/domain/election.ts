import type { Rational } from "./rational";

/** The ballot types of the pabulib format. */
const VOTE_TYPES = ["approval", "choose-1", "cumulative", "ordinal", "scoring"] as const;
export type VoteType = (typeof VOTE_TYPES)[number];

export function isVoteType(value: string): value is VoteType {
  return (VOTE_TYPES as readonly string[]).includes(value);
}

/** Whether ballots of this type carry points per project. */
export function hasPoints(voteType: VoteType): boolean {
  return voteType === "cumulative" || voteType === "scoring";
}

export interface MetaEntry {
  readonly key: string;
  readonly value: string;
}

export interface ElectionProject {
  /** Identifier as written in the source; kept as a string ("c1", "124-A", "11"). */
  readonly id: string;
  readonly cost: Rational;
  /** Further columns of the project row (name, category, …); `null` where the source says `None`. */
  readonly fields: Readonly<Record<string, string | null>>;
}

export interface ElectionVoter {
  readonly id: string;
  /**
   * The projects on the ballot, in ballot order (ranking order for ordinal ballots), each at most
   * once.
   */
  readonly vote: readonly string[];
  /** Points per listed project (cumulative and scoring ballots), parallel to `vote`. */
  readonly points?: readonly number[];
  readonly fields: Readonly<Record<string, string | null>>;
}

/**
 * One participatory-budget election: the budget, the projects with their costs and the ballots.
 * This is what the tally rules consume and what the `.pb` reader and writer exchange.
 */
export interface Election {
  /** All META rows in file order, including budget and vote_type. */
  readonly meta: readonly MetaEntry[];
  readonly budget: Rational;
  readonly voteType: VoteType;
  /** Column names of the PROJECTS section (first `project_id`, and `cost`). */
  readonly projectColumns: readonly string[];
  readonly projects: readonly ElectionProject[];
  /** Column names of the VOTES section (first `voter_id`, and `vote`). */
  readonly voterColumns: readonly string[];
  readonly voters: readonly ElectionVoter[];
}

export function metaValue(election: Pick<Election, "meta">, key: string): string | undefined {
  return election.meta.find((entry) => entry.key === key)?.value;
}
