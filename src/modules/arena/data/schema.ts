import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { DraftContent, EntryContent } from "../domain/entry";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/**
 * An entry of the Arena of Ideas: an idea, a challenge, an existing project, a cooperation offer or
 * an event. The text the author wrote is kept in columns (for search and lists); every edit is also
 * kept whole in `arena_entry_versions`. Counts of supports and comments live beside the entry so a
 * list of fifty thousand can be sorted by them without counting.
 */
export const arenaEntries = pgTable(
  "arena_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The running number people quote ("Beitrag 42"); also the page address /arena/42. */
    number: serial("number").notNull(),
    kind: text("kind").notNull(),
    state: text("state").notNull().default("submitted"),
    title: text("title").notNull(),
    problem: text("problem").notNull(),
    affected: text("affected").notNull().default(""),
    approach: text("approach").notNull().default(""),
    /** The language the author wrote in (pages in the other language mark it with lang). */
    language: text("language").notNull().default("de"),
    actionFieldIds: text("action_field_ids").array().notNull().default(sql`'{}'::text[]`),
    /** District keys; empty means the whole city. */
    districtIds: text("district_ids").array().notNull().default(sql`'{}'::text[]`),
    /** The values-compass self-assessment: value id → score 0–3 and a sentence. */
    compass: jsonb("compass").$type<EntryContent["compass"]>().notNull().default({}),
    /** What the authors bring (partners, money, data, space, know-how) and what they look for. */
    offers: text("offers").array().notNull().default(sql`'{}'::text[]`),
    needs: text("needs").array().notNull().default(sql`'{}'::text[]`),
    offerNote: text("offer_note").notNull().default(""),
    needNote: text("need_note").notNull().default(""),
    /** The submitter's stakeholder group when the entry was submitted (kept if the profile changes). */
    stakeholderGroup: text("stakeholder_group"),
    /** Null once the author's account is deleted (the entry stays, "deleted account"). */
    authorId: uuid("author_id"),
    consortiumId: uuid("consortium_id"),
    /** The measure the entry became, once accepted. */
    measureSlug: text("measure_slug"),
    /** Set by moderation: the public reason shown in place of the entry. */
    hiddenReason: text("hidden_reason"),
    supportCount: integer("support_count").notNull().default(0),
    commentCount: integer("comment_count").notNull().default(0),
    version: integer("version").notNull().default(1),
    demo: boolean("demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    stateChangedAt: timestamp("state_changed_at", { withTimezone: true }).notNull(),
    /** The first public answer of the office (the first change of state): for the answer figures. */
    firstAnswerAt: timestamp("first_answer_at", { withTimezone: true }),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('german', title), 'A') ||
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('german', problem || ' ' || affected), 'B') ||
        setweight(to_tsvector('english', problem || ' ' || affected), 'B') ||
        setweight(to_tsvector('german', approach), 'C') ||
        setweight(to_tsvector('english', approach), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("arena_entries_number_unique").on(t.number),
    index("arena_entries_search_idx").using("gin", t.search).with({ fastupdate: false }),
    index("arena_entries_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("arena_entries_action_fields_idx").using("gin", t.actionFieldIds).with({ fastupdate: false }),
    index("arena_entries_districts_idx").using("gin", t.districtIds).with({ fastupdate: false }),
    index("arena_entries_offers_idx").using("gin", t.offers).with({ fastupdate: false }),
    index("arena_entries_needs_idx").using("gin", t.needs).with({ fastupdate: false }),
    index("arena_entries_created_idx").on(t.createdAt, t.id),
    index("arena_entries_supports_idx").on(t.supportCount, t.id),
    index("arena_entries_comments_idx").on(t.commentCount, t.id),
    index("arena_entries_state_idx").on(t.state, t.createdAt),
    index("arena_entries_author_idx").on(t.authorId),
    index("arena_entries_consortium_idx").on(t.consortiumId),
  ],
);

/** Every version of an entry's text, the first included: who changed what, and when. */
export const arenaEntryVersions = pgTable(
  "arena_entry_versions",
  {
    entryId: uuid("entry_id")
      .notNull()
      .references(() => arenaEntries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    content: jsonb("content").$type<EntryContent>().notNull(),
    editedBy: uuid("edited_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.version] })],
);

/**
 * A submission in progress, saved at every step and kept with the account, so it survives signing
 * out and an expired session. `entryId` is set once it was submitted: sending the last step again
 * (double click, network retry) finds the entry instead of making a second one.
 */
export const arenaDrafts = pgTable(
  "arena_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull(),
    step: integer("step").notNull().default(1),
    content: jsonb("content").$type<DraftContent>().notNull().default({}),
    entryId: uuid("entry_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("arena_drafts_account_idx").on(t.accountId, t.updatedAt)],
);

/** One support per account and entry: the primary key makes a second one impossible. */
export const arenaSupports = pgTable(
  "arena_supports",
  {
    entryId: uuid("entry_id")
      .notNull()
      .references(() => arenaEntries.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.accountId] }), index("arena_supports_account_idx").on(t.accountId)],
);

/** Every change of an entry's state with its public explanation: the entry's public history. */
export const arenaStateChanges = pgTable(
  "arena_state_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => arenaEntries.id, { onDelete: "cascade" }),
    fromState: text("from_state").notNull(),
    toState: text("to_state").notNull(),
    explanation: text("explanation").notNull(),
    changedBy: uuid("changed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("arena_state_changes_entry_idx").on(t.entryId, t.createdAt),
    index("arena_state_changes_at_idx").on(t.createdAt),
  ],
);

/**
 * "I want to take part": an offer to work on an entry with a short message. The authors see the
 * message and the person's display name; the address is shown to them only once they accept.
 */
export const arenaCollaborations = pgTable(
  "arena_collaborations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => arenaEntries.id, { onDelete: "cascade" }),
    accountId: uuid("account_id"),
    message: text("message").notNull(),
    /** pending → accepted | declined; withdrawn by the person who offered. */
    status: text("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("arena_collaborations_open_unique")
      .on(t.entryId, t.accountId)
      .where(sql`status in ('pending', 'accepted')`),
    index("arena_collaborations_account_idx").on(t.accountId),
  ],
);

/** Similar entries joined into one group with a shared page; the entries stay and link to it. */
export const arenaConsortia = pgTable("arena_consortia", {
  id: uuid("id").primaryKey().defaultRandom(),
  number: serial("number").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

/**
 * The authors of one entry ask the authors of another to form a consortium; it is formed when the
 * other side agrees (mutual consent).
 */
export const arenaConsortiumRequests = pgTable(
  "arena_consortium_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromEntryId: uuid("from_entry_id")
      .notNull()
      .references(() => arenaEntries.id, { onDelete: "cascade" }),
    toEntryId: uuid("to_entry_id")
      .notNull()
      .references(() => arenaEntries.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by"),
    message: text("message").notNull().default(""),
    /** The name the consortium gets if neither entry is in one yet when the request is accepted. */
    consortiumName: text("consortium_name").notNull().default(""),
    status: text("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("arena_consortium_requests_open_unique").on(t.fromEntryId, t.toEntryId).where(sql`status = 'pending'`),
  ],
);

/** Images (re-encoded, without metadata) and documents of an entry or a draft, checked by content. */
export const arenaAttachments = pgTable(
  "arena_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id"),
    entryId: uuid("entry_id"),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    content: bytea("content").notNull(),
    /** A short description for people who cannot see the image. */
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("arena_attachments_entry_idx").on(t.entryId), index("arena_attachments_draft_idx").on(t.draftId)],
);
