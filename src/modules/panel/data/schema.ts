import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PanelFeature, SelectionFailure, SelectionOutcome } from "../domain/panel";

/**
 * A citizen panel and its process: setup → invitations sent (registration open) → lottery list
 * published → drawn. Quotas are stored with the panel; everything personal lives in other tables
 * and is deleted after the retention period.
 */
export const panels = pgTable(
  "panels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    size: integer("size").notNull(),
    lotterySize: integer("lottery_size").notNull(),
    features: jsonb("features").$type<PanelFeature[]>().notNull(),
    /** setup | registration | published | drawn */
    status: text("status").notNull().default("setup"),
    retentionDays: integer("retention_days").notNull().default(365),
    invitationsSent: integer("invitations_sent").notNull().default(0),
    personalDataDeletedAt: timestamp("personal_data_deleted_at", { withTimezone: true }),
    /** Marks demo content, so the page can say so. */
    demo: boolean("demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("panels_created_at_idx").on(t.createdAt)],
);

/**
 * Encrypted files with addresses (AES-256-GCM): the address sample until the invitation run, then
 * the letters until the coordinator has printed them. Never stored in plain text.
 */
export const panelAddressFiles = pgTable(
  "panel_address_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    /** sample | letters */
    kind: text("kind").notNull(),
    rows: integer("rows").notNull(),
    ciphertext: text("ciphertext").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("panel_address_files_kind_unique").on(t.panelId, t.kind)],
);

/** Personal invitation codes, stored only as SHA-256 hashes. */
export const panelInvitations = pgTable(
  "panel_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    letterNumber: integer("letter_number").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("panel_invitations_code_unique").on(t.codeHash),
    index("panel_invitations_panel_idx").on(t.panelId),
  ],
);

/**
 * Volunteers in the pool. The pseudonym and the answers to the feature questions stay for the
 * audit; name, e-mail address and language are personal data and are deleted after the retention period.
 */
export const panelVolunteers = pgTable(
  "panel_volunteers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    pseudonym: text("pseudonym").notNull(),
    features: jsonb("features").$type<Record<string, string>>().notNull(),
    name: text("name"),
    email: text("email"),
    locale: text("locale"),
    probability: doublePrecision("probability"),
    legacyProbability: doublePrecision("legacy_probability"),
    selected: boolean("selected"),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("panel_volunteers_pseudonym_unique").on(t.panelId, t.pseudonym),
    index("panel_volunteers_panel_idx").on(t.panelId, t.registeredAt),
  ],
);

/** Background jobs of the panel (the selection run): state in the database, so a restart can retry. */
export const panelJobs = pgTable(
  "panel_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** queued | running | succeeded | failed */
    status: text("status").notNull(),
    /** 0–100 */
    progress: integer("progress").notNull().default(0),
    step: text("step"),
    attempts: integer("attempts").notNull().default(0),
    error: jsonb("error").$type<SelectionFailure>(),
    outcome: jsonb("outcome").$type<SelectionOutcome>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("panel_jobs_panel_idx").on(t.panelId, t.createdAt), index("panel_jobs_status_idx").on(t.status)],
);

/**
 * The published lottery: the list text exactly as published (format in domain/lottery-list.ts) and
 * its SHA-256, published before the draw. The seed is set once (the draw); a second draw with
 * another seed is refused.
 */
export const panelLotteries = pgTable(
  "panel_lotteries",
  {
    panelId: uuid("panel_id")
      .primaryKey()
      .references(() => panels.id, { onDelete: "cascade" }),
    listText: text("list_text").notNull(),
    hash: text("hash").notNull(),
    /** M, the number of panels in the list. */
    size: integer("size").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    seed: text("seed"),
    drawnIndex: integer("drawn_index"),
    drawnAt: timestamp("drawn_at", { withTimezone: true }),
  },
  (t) => [index("panel_lotteries_drawn_idx").on(t.drawnAt).where(sql`${t.seed} is not null`)],
);

/**
 * Members who dropped out after the draw and who replaced them: replacement number r (1, 2, …),
 * pseudonyms only, and the eligible volunteers the replacement was drawn from, so anyone can
 * recompute the draw with the published list and seed.
 */
export const panelReplacements = pgTable(
  "panel_replacements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    panelId: uuid("panel_id")
      .notNull()
      .references(() => panels.id, { onDelete: "cascade" }),
    round: integer("round").notNull(),
    leaving: text("leaving").notNull(),
    replacement: text("replacement").notNull(),
    eligible: jsonb("eligible").$type<string[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("panel_replacements_round_unique").on(t.panelId, t.round)],
);
