/** What the application and other modules use from accounts. */
export { accountName } from "./domain/account-name";
export { accountsModule } from "./module";
