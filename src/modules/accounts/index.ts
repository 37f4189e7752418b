/** What other modules use from accounts. */
export { accountName } from "./domain/account-name";
export { authenticateApiToken } from "./data/api-tokens";
export { apiActor } from "./http/api";
export { authModule } from "./module";
