import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../identity/schema";

/** A small file sent with a mail (a calendar entry, say), kept with the mail so it is sent as recorded. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file's text (attachments are small text files). */
  content: string;
}

/** Every mail the platform sends is recorded here; without SMTP_URL this is where mail stays. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The account the mail is about, so "download my data" and account deletion find it. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    attachments: jsonb("attachments").$type<MailAttachment[]>(),
    status: text("status").notNull(),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("mail_outbox_created_idx").on(t.createdAt), index("mail_outbox_user_idx").on(t.userId)],
);
