import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database, Executor } from "../db/database";
import type { Logger } from "../log/logger";
import { type MailAttachment, mailOutbox } from "./schema";

export interface MailMessage {
  to: string;
  /** The account the mail is about, if any. */
  userId?: string | null;
  subject: string;
  text: string;
  html: string;
  /** Extra headers for delivery (e.g. List-Unsubscribe); not kept in the outbox. */
  headers?: Record<string, string>;
  /** Small text files to send along (e.g. an iCalendar file); kept in the outbox with the mail. */
  attachments?: MailAttachment[];
}

export interface Mailer {
  /**
   * Records the mail in the outbox inside the caller's transaction (so it is never lost) and
   * returns a function that delivers it; call that after the transaction committed.
   */
  queue(tx: Executor, message: MailMessage): Promise<() => Promise<void>>;
}

/** With an SMTP URL mail is sent for real; without, it stays in the outbox table and goes to the log. */
export function createMailer(options: { smtpUrl?: string; from: string; database: Database; logger: Logger }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async queue(tx, { userId, headers, attachments, ...message }) {
      const [row] = await tx
        .insert(mailOutbox)
        .values({
          ...message,
          attachments: attachments ?? null,
          userId: userId ?? null,
          status: transport ? "queued" : "logged",
        })
        .returning({ id: mailOutbox.id });
      const id = row?.id;
      return async () => {
        if (!id) return;
        if (!transport) {
          options.logger.info("mail (no SMTP_URL: kept in the outbox)", {
            to: message.to,
            subject: message.subject,
            text: message.text,
          });
          return;
        }
        try {
          await transport.sendMail({ from: options.from, ...message, headers, attachments });
          await options.database.db
            .update(mailOutbox)
            .set({ status: "sent", sentAt: new Date() })
            .where(eq(mailOutbox.id, id));
        } catch (error) {
          options.logger.error("mail delivery failed", { to: message.to, error: String(error) });
          await options.database.db
            .update(mailOutbox)
            .set({ status: "failed", error: String(error) })
            .where(eq(mailOutbox.id, id));
        }
      };
    },
  };
}
