import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../../../platform/identity/schema";

/**
 * A comment on an object of any module that offers itself as commentable (the resource registry).
 * The text is stored as the author wrote it (a small Markdown subset) and made safe when shown, so a
 * stricter sanitiser later applies to old comments too. Comments are never removed from the table:
 * a deleted one stays as a stub so the replies below it keep their place in the thread.
 */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The registry's kind (`arena_entry`) and the object's id within it. */
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    /** The comment this one answers; null for a comment on the object itself. */
    parentId: uuid("parent_id").references((): AnyPgColumn => comments.id),
    /** Null once the author deleted their account: the comment stays, shown as by "deleted account". */
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** The language of the page the comment was written on (`de`, `en`), so the other language can mark it. */
    language: text("language").notNull().default("de"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** The last edit after the free editing time; null when the text is as first published. */
    editedAt: timestamp("edited_at", { withTimezone: true }),
    /** Deleted by its author: the text is gone, a stub keeps the thread together. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** Hidden by moderation, with the public reason shown in its place. */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenReason: text("hidden_reason"),
    /**
     * The form's one-time key with a digest of the text: the same form sent twice (a double click, a
     * retry after a lost answer) stores one comment, even when both requests arrive at once.
     */
    submissionKey: text("submission_key").notNull(),
  },
  (t) => [
    index("comments_resource_idx").on(t.resourceType, t.resourceId, t.createdAt),
    index("comments_author_idx").on(t.authorId),
    index("comments_parent_idx").on(t.parentId),
    uniqueIndex("comments_submission_unique").on(t.authorId, t.submissionKey).where(sql`${t.authorId} is not null`),
  ],
);

/** Earlier texts of a comment edited after the free editing time, so readers can see what changed. */
export const commentVersions = pgTable(
  "comment_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    /** When this text was published (the comment's creation or the edit before). */
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("comment_versions_comment_idx").on(t.commentId, t.replacedAt)],
);
