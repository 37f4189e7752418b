import { hmac } from "../../../platform/security/tokens";

/** The name of the server secret that account voter keys are made with. */
export const VOTER_SECRET = "budget-voter";

/**
 * The opaque key an account's ballots carry in one budget: the ballot table never holds an
 * account id, and only the server's secret links the two (for "download my data").
 */
export function accountVoterKey(secret: string, budgetId: string, accountId: string): string {
  return `account:${hmac(secret, `${budgetId}:${accountId}`)}`;
}

/** The key a voting code's ballots carry: the hash of the code, never the code itself. */
export function codeVoterKey(codeHash: string): string {
  return `code:${codeHash}`;
}
