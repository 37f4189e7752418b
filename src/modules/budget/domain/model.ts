/**
 * The budget's records as the rules, use cases and pages see them (the tables in data/schema.ts
 * store exactly these). Amounts and costs are whole euros.
 */
export interface Budget {
  id: string;
  slug: string;
  title: string;
  description: string;
  /** The language title, description and area names are written in (`de`, `en`); absent: German. */
  language?: string;
  /** One of the tally rule names (`greedy_cost`, `mes_cost`, …). */
  rule: string;
  /** `approval` or `points`. */
  ballotType: string;
  maxProjects: number | null;
  knapsack: boolean;
  pointsTotal: number | null;
  proposalsStart: Date;
  reviewStart: Date;
  votingStart: Date;
  resultsStart: Date;
  implementationStart: Date;
  /** Who may vote (eligibility.ts): `codes_only`, `self_declared`, `verified_letter`, `verified_list`. */
  eligibility: string;
  createdAt: Date;
}

/** A part of the budget with its own amount: a district, or a theme open to everyone (district null). */
export interface Heading {
  id: string;
  budgetId: string;
  name: string;
  district: string | null;
  amount: number;
  position: number;
}

export interface Project {
  id: string;
  budgetId: string;
  headingId: string;
  number: number;
  title: string;
  description: string;
  /** The language title and description are written in (`de`, `en`); absent: German. */
  language?: string;
  estimatedCost: number;
  officialCost: number | null;
  actionFields: string[];
  status: string;
  reviewReason: string | null;
  mergedInto: string | null;
  proposedBy: string | null;
  measureSlug: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
}

/** One chosen project of a ballot and its points (1 on an approval ballot). */
export interface BallotChoice {
  projectId: string;
  points: number;
}
