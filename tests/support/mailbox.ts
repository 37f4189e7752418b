import { asc, eq } from "drizzle-orm";
import type { Database } from "../../src/platform/db/database";
import { type MailAttachment, mailOutbox } from "../../src/platform/mail/schema";

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[] | null;
}

/** The mails recorded for an address, oldest first. */
export async function mailsTo(database: Database, to: string): Promise<SentMail[]> {
  return database.db
    .select({
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      html: mailOutbox.html,
      attachments: mailOutbox.attachments,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.to, to))
    .orderBy(asc(mailOutbox.createdAt));
}

/** The path and query of the first link to this platform in a mail's text ("/verify?token=…"). */
export function linkIn(mail: SentMail | undefined, path: string): string {
  if (!mail) throw new Error("no mail");
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, "\\$&")}[^\\s]*`));
  if (!match) throw new Error(`no link to ${path} in mail "${mail.subject}"`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
