import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../../../platform/identity/schema";

/**
 * Who follows what. A resource is named by its kind's type (`arena_entry`) and its id, as the
 * resource registry knows it; the row goes with the account.
 */
export const notificationFollows = pgTable(
  "notification_follows",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.resourceType, t.resourceId] }),
    // "Who follows this entry?" is asked on every new comment.
    index("notification_follows_resource_idx").on(t.resourceType, t.resourceId),
  ],
);

/**
 * One in-app notification for one account. The text is kept as a message key with parameters and
 * rendered in the reader's language when shown or mailed; the link is resolved when it is written.
 * `delivery` records the decision made then: `mail` (sent at once), `digest` (waits for the daily
 * digest) or `in_app` (no mail).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    messageKey: text("message_key").notNull(),
    params: jsonb("params").$type<Record<string, string>>().notNull(),
    href: text("href"),
    delivery: text("delivery").$type<"mail" | "digest" | "in_app">().notNull(),
    /** The calendar day in the city's time zone when it was written, `YYYY-MM-DD`. */
    localDay: text("local_day").notNull(),
    /** Set when the digest that carries it is written; each notification is digested once. */
    digestId: uuid("digest_id").references(() => notificationDigests.id, { onDelete: "set null" }),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("notifications_account_created_idx").on(t.accountId, t.createdAt),
    // The digest job looks only at what still waits.
    index("notifications_waiting_digest_idx")
      .on(t.accountId)
      .where(sql`${t.delivery} = 'digest' and ${t.digestId} is null`),
  ],
);

/**
 * An account's choice of mails and the count of mails sent at once on its current day. The row is
 * locked while a notification decides, so two notifications at the same moment cannot both be the
 * fifth mail of the day.
 */
export const notificationSettings = pgTable("notification_settings", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  mailMode: text("mail_mode").$type<"each" | "digest" | "none">().notNull().default("each"),
  /** Whether the account chose the mode itself; a default row exists only to count mails. */
  chosenAt: timestamp("chosen_at", { withTimezone: true }),
  mailDay: text("mail_day"),
  mailsThatDay: integer("mails_that_day").notNull().default(0),
});

/**
 * One digest mail. The unique day keeps an account at one digest per calendar day, even when the
 * job runs in several processes at once.
 */
export const notificationDigests = pgTable(
  "notification_digests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    localDay: text("local_day").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("notification_digests_account_day_unique").on(t.accountId, t.localDay)],
);
