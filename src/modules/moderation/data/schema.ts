import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../../platform/identity/schema";

/** A report that an object breaks the rules, by a resident or a guest, waiting for a moderator. */
export const moderationReports = pgTable(
  "moderation_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    /** `spam`, `offensive`, `personal_data`, `off_topic` or `other` (domain/report.ts). */
    category: text("category").notNull(),
    reason: text("reason").notNull(),
    /** Null for a guest, and once the reporter deleted their account (the report stays). */
    reporterId: uuid("reporter_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** `open`, `dismissed` (nothing to do) or `resolved` (the object was hidden). */
    status: text("status").notNull().default("open"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("moderation_reports_open_idx").on(t.status, t.createdAt),
    index("moderation_reports_resource_idx").on(t.resourceType, t.resourceId),
    index("moderation_reports_reporter_idx").on(t.reporterId),
  ],
);

/** Every decision of the moderation on an object: hidden (with its public reason), shown again, reports dismissed. */
export const moderationDecisions = pgTable(
  "moderation_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    /** `hide`, `show` or `dismiss`. */
    action: text("action").notNull(),
    reason: text("reason"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("moderation_decisions_resource_idx").on(t.resourceType, t.resourceId, t.decidedAt)],
);

/** What is hidden now, so the moderation can list it and show it again; the owning module keeps its own mark. */
export const moderationHidden = pgTable(
  "moderation_hidden",
  {
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    reason: text("reason").notNull(),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceType, t.resourceId] }), index("moderation_hidden_at_idx").on(t.hiddenAt)],
);

/** Accounts that may not post any more (comments, entries, reports stay readable). */
export const moderationBlocks = pgTable("moderation_blocks", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  reason: text("reason").notNull(),
  blockedBy: uuid("blocked_by").references(() => users.id, { onDelete: "set null" }),
  blockedAt: timestamp("blocked_at", { withTimezone: true }).notNull(),
});

/** The administration's official answer on an object, shown highlighted above the comments. */
export const moderationFeedback = pgTable(
  "moderation_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    body: text("body").notNull(),
    /** Who wrote it speaks for the office: the page names the role (`moderator`, `strategy_office`), not the person. */
    role: text("role").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    language: text("language").notNull().default("de"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("moderation_feedback_resource_idx").on(t.resourceType, t.resourceId, t.createdAt)],
);
