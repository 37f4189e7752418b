import type { Deps } from "../../../platform/deps";
import { TooManyRequests } from "../../../platform/errors/errors";
import { rateLimitRules, recordFailure } from "../../../platform/security/rate-limit";

/**
 * Wrong voting codes (and unknown receipts) per client address. Codes and receipts carry 80 random
 * bits, so guessing one is hopeless at any speed; what the counter guards against is a flood. A
 * valid code is always looked up and accepted, whoever else typed wrong ones from the same address
 * (a school, a library): only wrong codes are counted, and only a wrong code is answered "wait"
 * once the address is far beyond what a shared network produces (numbers in rate-limit.ts).
 */
function wrongCodeKey(clientAddress: string): string {
  return `budget-code:addr:${clientAddress}`;
}

function unknownReceiptKey(clientAddress: string): string {
  return `budget-receipt:addr:${clientAddress}`;
}

/**
 * Counts a wrong code outside any transaction, so a rollback cannot undo it. When the address was
 * already waiting, the answer is "too many wrong codes, wait" instead of "unknown code".
 */
export async function countWrongCode(deps: Deps, clientAddress: string, now: Date): Promise<void> {
  const hit = { key: wrongCodeKey(clientAddress), rule: rateLimitRules.wrongCodesPerAddress };
  const { waitBefore, waitAfter } = await recordFailure(deps.database.db, hit, now);
  if (waitBefore > 0) throw new TooManyRequests("budget.vote.tooManyAttempts", Math.max(1, waitAfter));
}

/** Counts an unknown (or malformed) receipt the same way; a real receipt is never refused. */
export async function countUnknownReceipt(deps: Deps, clientAddress: string, now: Date): Promise<void> {
  const hit = { key: unknownReceiptKey(clientAddress), rule: rateLimitRules.unknownReceiptsPerAddress };
  const { waitBefore, waitAfter } = await recordFailure(deps.database.db, hit, now);
  if (waitBefore > 0) throw new TooManyRequests("budget.check.tooManyAttempts", Math.max(1, waitAfter));
}
