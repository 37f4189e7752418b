import type { Deps } from "../../../platform/deps";
import { findBallotByReceipt } from "../data/queries";
import { canonicalCode, hashCode } from "../data/voting-codes";
import { countUnknownReceipt } from "../data/wrong-codes";

export type ReceiptCheck =
  | { status: "malformed" }
  | { status: "unknown" }
  | { status: "counted"; at: Date }
  | { status: "replaced"; at: Date };

/**
 * Anyone may check a receipt: is its ballot counted, or replaced by a later one of the same voter?
 * Unknown and malformed receipts count against the client address (a flood of them is answered
 * "wait"); a real receipt is always answered.
 */
export async function checkReceipt(
  deps: Deps,
  input: { budgetId: string; receipt: string; clientAddress?: string },
): Promise<ReceiptCheck> {
  const canonical = canonicalCode(input.receipt);
  const found =
    canonical === null ? null : await findBallotByReceipt(deps.database.db, input.budgetId, hashCode(canonical));
  if (!found) {
    await countUnknownReceipt(deps, input.clientAddress ?? "unknown", deps.clock());
    return { status: canonical === null ? "malformed" : "unknown" };
  }
  return found.replacedAt ? { status: "replaced", at: found.replacedAt } : { status: "counted", at: found.createdAt };
}
