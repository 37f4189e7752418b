/** Reads the account pages need; routes use these, never the tables. */
export { countActiveApiTokens, listActiveApiTokens } from "../data/api-tokens";
export { findUsableEmailToken, purposeOf } from "../data/email-tokens";
export { personalData } from "../data/personal-data";
export { findUserById, globalRolesOf } from "../data/users";
