/**
 * What other modules may use of the citizen budget: the tally of an election under a published
 * rule, with an explanation per project, and the pabulib `.pb` format to exchange elections.
 */
export type { Election, ElectionProject, ElectionVoter, MetaEntry, VoteType } from "./domain/election";
export { isVoteType, metaValue, VOTE_TYPES } from "./domain/election";
export { TallyError } from "./domain/errors";
export type {
  FundedExplanation,
  NotFundedExplanation,
  NotFundedReason,
  ProjectExplanation,
  TallyOutcome,
} from "./domain/outcome";
export { PbFormatError, PbWriteError } from "./domain/pb/pb-format-error";
export { type PbWarning, type ReadPbOptions, readPb } from "./domain/pb/read-pb";
export { type WritePbOptions, writePb } from "./domain/pb/write-pb";
export { Rational } from "./domain/rational";
export { isRuleName, RULES, type RuleName } from "./domain/rules";
export { type TallyOptions, tally } from "./domain/tally";
