import type { Heading } from "./model";

/**
 * Who may vote in a budget, chosen by the office for each budget:
 * - `codes_only`: only voting codes from letters; accounts cannot vote.
 * - `self_declared`: voting codes, and accounts that declare on the ballot page where they live.
 * - `verified_letter`: voting codes, and accounts bound to a heading by a verification letter's code.
 * - `verified_list`: voting codes, and accounts bound to a heading by a match in the office's
 *   eligibility list (name, birth date, postcode).
 * Voting codes work in every mode, as they always did.
 */
export const ELIGIBILITY_MODES = ["codes_only", "self_declared", "verified_letter", "verified_list"] as const;
export type Eligibility = (typeof ELIGIBILITY_MODES)[number];

/** Budgets from before the setting: codes and accounts, the account naming its district itself. */
export const LEGACY_ELIGIBILITY: Eligibility = "self_declared";

export function isEligibility(value: string): value is Eligibility {
  return (ELIGIBILITY_MODES as readonly string[]).includes(value);
}

/** A stored mode; an unknown value is read as the strictest one. */
export function eligibilityOf(value: string): Eligibility {
  return isEligibility(value) ? value : "codes_only";
}

/** How an account came to its heading in a budget. */
export type ResidenceSource = "declared" | "letter" | "list";

export interface Residence {
  headingId: string;
  source: ResidenceSource;
  /** A verified binding holds until then (the end of voting); a declaration has no end. */
  validUntil: Date | null;
}

/** The source that counts in a mode; a binding of another kind (from an earlier mode) does not. */
export function residenceSourceFor(mode: Eligibility): ResidenceSource | null {
  if (mode === "self_declared") return "declared";
  if (mode === "verified_letter") return "letter";
  if (mode === "verified_list") return "list";
  return null;
}

/** Why a signed-in account cannot vote (yet) under the budget's mode. */
export type AccountEligibilityRefusal = "codesOnly" | "needsDeclaration" | "needsVerification" | "noHeading";

export type AccountEligibility<H> = { status: "ok"; heading: H } | { status: AccountEligibilityRefusal };

/**
 * The heading a (confirmed) account votes in, under the budget's mode. `ballotHeadingId` is the
 * heading of the voter's current ballot, if any: a ballot fixes the heading, whatever was declared
 * (ballots cast before the setting existed keep the heading they were cast in).
 */
export function accountHeading<H extends Pick<Heading, "id" | "district">>(
  mode: Eligibility,
  headings: readonly H[],
  residence: Residence | null,
  ballotHeadingId: string | null,
  now: Date,
): AccountEligibility<H> {
  if (mode === "codes_only") return { status: "codesOnly" };
  const byId = (id: string) => headings.find((h) => h.id === id);
  if (ballotHeadingId !== null) {
    const heading = byId(ballotHeadingId);
    return heading ? { status: "ok", heading } : { status: "noHeading" };
  }
  const source = residenceSourceFor(mode);
  const valid =
    residence !== null &&
    residence.source === source &&
    (residence.validUntil === null || residence.validUntil.getTime() > now.getTime());
  if (valid) {
    const heading = byId(residence.headingId);
    return heading ? { status: "ok", heading } : { status: "noHeading" };
  }
  if (mode === "self_declared") {
    // Only themes open to everyone: there is nothing to declare.
    if (headings.every((h) => h.district === null)) {
      const open = headings.find((h) => h.district === null);
      return open ? { status: "ok", heading: open } : { status: "noHeading" };
    }
    return { status: "needsDeclaration" };
  }
  return { status: "needsVerification" };
}

/**
 * What a person may declare on the ballot page: each district heading, and "elsewhere" (the theme
 * open to everyone) when the budget has one.
 */
export function declarationChoices<H extends Pick<Heading, "id" | "district">>(headings: readonly H[]): H[] {
  const districts = headings.filter((h) => h.district !== null);
  const open = headings.find((h) => h.district === null);
  return open ? [...districts, open] : districts;
}

export type DeclarationRefusal = "notSelfDeclared" | "fixedByBallot" | "unknownHeading";

/**
 * Whether a declaration may be made or changed: only where the budget asks for one, only for a
 * heading one may declare, and never once the voter has a ballot in this budget.
 */
export function declarationRefusal<H extends Pick<Heading, "id" | "district">>(
  mode: Eligibility,
  headings: readonly H[],
  headingId: string,
  hasBallot: boolean,
): DeclarationRefusal | null {
  if (mode !== "self_declared") return "notSelfDeclared";
  if (hasBallot) return "fixedByBallot";
  if (!declarationChoices(headings).some((h) => h.id === headingId)) return "unknownHeading";
  return null;
}

/**
 * Attempts at a verification letter's code or at the eligibility list: per account enough for typing
 * errors, per client address much higher (many residents may share a library's address).
 */
export const verificationLimits = {
  perAccount: { limit: 10, windowSeconds: 60 * 60 },
  perAddress: { limit: 200, windowSeconds: 60 * 60 },
} as const;

/** Whether the eligibility may still change: like the rule, until voting starts and no ballot exists. */
export { ballotEditable as eligibilityEditable } from "./budget-edit";
