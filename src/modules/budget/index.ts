/**
 * What the application and other modules may use of the citizen budget: its manifest, and the tally
 * of an election under a published rule read from the pabulib `.pb` format.
 */
export type { Election } from "./domain/election";
export { readPb } from "./domain/pb/read-pb";
export { RULES, type RuleName } from "./domain/rules";
export { tally } from "./domain/tally";
export { budgetModule } from "./module";
