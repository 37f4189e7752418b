import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * A citizen budget (Bürger:innenhaushalt, Kiezkasse). Amounts and costs are whole euros. The phase
 * is not stored: it follows from the start dates and the clock (proposals → review → voting →
 * results → implementation), so every process agrees on it.
 */
export const budgets = pgTable(
  "budget_budgets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Short, stable address part: `/budgets/{slug}`. */
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /**
     * The language the office wrote the title, description and area names in (`de`, `en`): pages in
     * the other language mark them with it. Budgets from before the setting were written in German.
     */
    language: text("language").notNull().default("de"),
    /** One of the tally rule names of the domain (`greedy_cost`, `mes_cost`, …). */
    rule: text("rule").notNull(),
    /** `approval` or `points`. */
    ballotType: text("ballot_type").notNull(),
    /** Approval: at most this many projects per ballot (null: no limit on the number). */
    maxProjects: integer("max_projects"),
    /** Approval: the chosen projects together may cost at most the heading's amount ("knapsack"). */
    knapsack: boolean("knapsack").notNull().default(false),
    /** Points: how many points a voter distributes. */
    pointsTotal: integer("points_total"),
    proposalsStart: timestamp("proposals_start", { withTimezone: true }).notNull(),
    reviewStart: timestamp("review_start", { withTimezone: true }).notNull(),
    votingStart: timestamp("voting_start", { withTimezone: true }).notNull(),
    resultsStart: timestamp("results_start", { withTimezone: true }).notNull(),
    implementationStart: timestamp("implementation_start", { withTimezone: true }).notNull(),
    /**
     * Who may vote (domain/eligibility.ts): `codes_only`, `self_declared`, `verified_letter` or
     * `verified_list`. Budgets from before the setting voted with codes and accounts, the account
     * naming its district itself: `self_declared`.
     */
    eligibility: text("eligibility").notNull().default("self_declared"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("budget_budgets_created_idx").on(t.createdAt)],
);

/** A part of a budget with its own amount: a district (Kiez) or a theme. */
export const budgetHeadings = pgTable(
  "budget_headings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** District key of the reference data, or null for a theme open to everyone. */
    district: text("district"),
    amount: bigint("amount", { mode: "number" }).notNull(),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("budget_headings_position_unique").on(t.budgetId, t.position)],
);

/** A proposed project; the administration's review decides whether it goes on the ballot. */
export const budgetProjects = pgTable(
  "budget_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    headingId: uuid("heading_id")
      .notNull()
      .references(() => budgetHeadings.id, { onDelete: "cascade" }),
    /** Running number within the budget; the project id of the `.pb` export ("0007"). */
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    /**
     * The language the proposal was written in (`de`, `en`): the language of the page it was sent
     * from. Pages in the other language mark title and description with it. Older ones: German.
     */
    language: text("language").notNull().default("de"),
    estimatedCost: bigint("estimated_cost", { mode: "number" }).notNull(),
    /** The administration's cost estimate; it replaces the proposer's on the ballot. */
    officialCost: bigint("official_cost", { mode: "number" }),
    actionFields: jsonb("action_fields").$type<string[]>().notNull().default([]),
    /** `proposed`, `feasible`, `not_feasible` or `merged`. */
    status: text("status").notNull().default("proposed"),
    reviewReason: text("review_reason"),
    mergedInto: uuid("merged_into"),
    proposedBy: uuid("proposed_by"),
    /** The measure of the strategy catalogue this funded project became (its slug), once. */
    measureSlug: text("measure_slug"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("budget_projects_number_unique").on(t.budgetId, t.number),
    index("budget_projects_heading_idx").on(t.headingId, t.status),
  ],
);

/** Single-use voting codes for letters. Only the SHA-256 hash of a code is stored. */
export const budgetVotingCodes = pgTable(
  "budget_voting_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    headingId: uuid("heading_id")
      .notNull()
      .references(() => budgetHeadings.id, { onDelete: "cascade" }),
    batch: integer("batch").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("budget_voting_codes_budget_idx").on(t.budgetId, t.batch)],
);

export interface BallotChoice {
  projectId: string;
  points: number;
}

/**
 * Confirmed ballots. A voter (an account or a voting code, as an opaque key) has at most one current
 * ballot per budget; a changed ballot marks the old one replaced and adds the new one in the same
 * transaction. The receipt code is stored only as a hash.
 */
export const budgetBallots = pgTable(
  "budget_ballots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    headingId: uuid("heading_id")
      .notNull()
      .references(() => budgetHeadings.id, { onDelete: "cascade" }),
    voterKey: text("voter_key").notNull(),
    choices: jsonb("choices").$type<BallotChoice[]>().notNull(),
    receiptHash: text("receipt_hash").notNull().unique(),
    /**
     * From the confirmation form, unique per voter: a retry of the same voter with the same key gets
     * the first answer back; different voters never collide on a key.
     */
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("budget_ballots_current_unique").on(t.budgetId, t.voterKey).where(sql`${t.replacedAt} is null`),
    uniqueIndex("budget_ballots_voter_idempotency_unique").on(t.budgetId, t.voterKey, t.idempotencyKey),
    index("budget_ballots_heading_idx").on(t.headingId, t.replacedAt),
  ],
);

/**
 * Where an account votes in one budget: declared on the ballot page, or bound by a verification
 * letter or the eligibility list. Keyed by the opaque voter key (never an account id), one per
 * budget and voter; fixed once the voter has a ballot.
 */
export const budgetResidences = pgTable(
  "budget_residences",
  {
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    voterKey: text("voter_key").notNull(),
    headingId: uuid("heading_id")
      .notNull()
      .references(() => budgetHeadings.id, { onDelete: "cascade" }),
    /** `declared`, `letter` or `list`. */
    source: text("source").notNull(),
    /** A verified binding holds until the vote ends; a declaration has no end. */
    validUntil: timestamp("valid_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.budgetId, t.voterKey] })],
);

/** Single-use codes of verification letters; only the SHA-256 hash of a code is stored. */
export const budgetVerificationCodes = pgTable(
  "budget_verification_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    headingId: uuid("heading_id")
      .notNull()
      .references(() => budgetHeadings.id, { onDelete: "cascade" }),
    batch: integer("batch").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("budget_verification_codes_budget_idx").on(t.budgetId, t.batch)],
);

/** The eligibility list of a budget: its salt. Deleted with its entries once the vote has ended. */
export const budgetEligibilityLists = pgTable("budget_eligibility_lists", {
  budgetId: uuid("budget_id")
    .primaryKey()
    .references(() => budgets.id, { onDelete: "cascade" }),
  /** Random per budget: the same person has a different hash in every budget. */
  salt: text("salt").notNull(),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
});

/** One resident of the list: HMAC-SHA-256 of name, birth date and postcode (normalised), never the text. */
export const budgetEligibilityEntries = pgTable(
  "budget_eligibility_entries",
  {
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgetEligibilityLists.budgetId, { onDelete: "cascade" }),
    entryHash: text("entry_hash").notNull(),
    headingId: uuid("heading_id")
      .notNull()
      .references(() => budgetHeadings.id, { onDelete: "cascade" }),
    /** Set when an account was bound with this entry: one entry binds one account. */
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.budgetId, t.entryHash] }),
    index("budget_eligibility_entries_heading_idx").on(t.headingId),
  ],
);
