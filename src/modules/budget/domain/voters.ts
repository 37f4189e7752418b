/**
 * Why a person cannot vote with what they gave: a voting code, a used code with the receipt of its
 * current ballot (to change that ballot), or their signed-in account.
 */
export type CodeRefusal =
  | "codeMalformed"
  | "codeUnknown"
  | "codeUsed"
  | "receiptMalformed"
  | "notVotedYet"
  | "wrongPair"
  | "receiptReplaced";
export type AccountRefusal =
  | "guest"
  | "unverified"
  | "noHeading"
  | "codesOnly"
  | "needsDeclaration"
  | "needsVerification";

/** Message key and field of each refusal of a code; the same words on every step and in the use case. */
export const codeRefusals: Record<CodeRefusal, { path: "code" | "receipt"; message: string }> = {
  codeMalformed: { path: "code", message: "budget.vote.codeFormat" },
  codeUnknown: { path: "code", message: "budget.vote.codeUnknown" },
  codeUsed: { path: "code", message: "budget.vote.codeUsed" },
  receiptMalformed: { path: "receipt", message: "budget.change.receiptFormat" },
  notVotedYet: { path: "code", message: "budget.change.notVotedYet" },
  wrongPair: { path: "receipt", message: "budget.change.wrongPair" },
  receiptReplaced: { path: "receipt", message: "budget.change.receiptReplaced" },
};

/** Refusals that may be guesses; they count against the address like wrong codes. */
export function isGuess(status: string): boolean {
  return status === "codeUnknown" || status === "codeMalformed" || status === "wrongPair";
}
