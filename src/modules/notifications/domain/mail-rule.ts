/**
 * How notifications reach a person by mail. Residents of the anchor cities told us that mail floods
 * made them unsubscribe from everything, so even "every notification" has a daily ceiling: after
 * the fifth mail of a calendar day the rest of that day waits for the digest.
 */

/** The account's choice: every notification by mail, one digest a day, or no mail at all. */
export type MailMode = "each" | "digest" | "none";
export const mailModes: readonly MailMode[] = ["each", "digest", "none"];
export const defaultMailMode: MailMode = "each";

/** What happens to one notification: a mail now, a line in the next digest, or only the bell. */
export type Delivery = "mail" | "digest" | "in_app";

/** Immediate mails per account and calendar day; the rest of the day goes into the digest. */
export const MAILS_PER_DAY = 5;

/** The count of immediate mails on the account's current day. */
export interface MailTally {
  day: string | null;
  mailsThatDay: number;
}

export interface DeliveryQuestion {
  mode: MailMode;
  /** False when the account has no confirmed address: then nothing can be mailed. */
  canMail: boolean;
  tally: MailTally;
  /** The calendar day the notification is written on (`YYYY-MM-DD`, local time). */
  today: string;
}

export interface DeliveryAnswer {
  delivery: Delivery;
  /** The tally to keep for the next notification. */
  tally: MailTally;
}

/** Decides one notification's way. Pure: the caller keeps the tally between notifications. */
export function decideDelivery({ mode, canMail, tally, today }: DeliveryQuestion): DeliveryAnswer {
  const sentToday = tally.day === today ? tally.mailsThatDay : 0;
  const current = { day: today, mailsThatDay: sentToday };
  if (!canMail || mode === "none") return { delivery: "in_app", tally: current };
  if (mode === "digest" || sentToday >= MAILS_PER_DAY) return { delivery: "digest", tally: current };
  return { delivery: "mail", tally: { day: today, mailsThatDay: sentToday + 1 } };
}
