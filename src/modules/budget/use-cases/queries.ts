/** Reads for the pages and the API; writes go through the use cases beside this file. */
export {
  type BudgetRow,
  ballotCounts,
  ballotProjects,
  codeCounts,
  findBallotByReceipt,
  findBudget,
  findProject,
  type HeadingRow,
  headingsOf,
  listBudgets,
  listProjects,
  type ProjectRow,
} from "../data/queries";
export { accountVoter, checkVotingCode } from "./cast-ballot";
export { ballotSources, budgetResults, type HeadingResult, type ProjectResult, pbFiles, resultsCsv } from "./results";
