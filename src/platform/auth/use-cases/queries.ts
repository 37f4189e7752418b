/** Reads the account pages need; routes use these, never the tables. */
export { authenticateApiToken, countActiveApiTokens, listActiveApiTokens } from "../data/api-tokens";
export { findUsableEmailToken, purposeOf } from "../data/email-tokens";
export { personalData } from "../data/personal-data";
export { findUserById, globalRolesOf, grantsOf } from "../data/users";
