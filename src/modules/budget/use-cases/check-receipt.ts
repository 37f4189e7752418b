import type { Deps } from "../../../platform/deps";
import { findBallotByReceipt } from "../data/queries";
import { canonicalCode, hashCode } from "../data/voting-codes";

export type ReceiptCheck =
  | { status: "malformed" }
  | { status: "unknown" }
  | { status: "counted"; at: Date }
  | { status: "replaced"; at: Date };

/** Anyone may check a receipt: is its ballot counted, or replaced by a later one of the same voter? */
export async function checkReceipt(deps: Deps, input: { budgetId: string; receipt: string }): Promise<ReceiptCheck> {
  const canonical = canonicalCode(input.receipt);
  if (canonical === null) return { status: "malformed" };
  const found = await findBallotByReceipt(deps.database.db, input.budgetId, hashCode(canonical));
  if (!found) return { status: "unknown" };
  return found.replacedAt ? { status: "replaced", at: found.replacedAt } : { status: "counted", at: found.createdAt };
}
