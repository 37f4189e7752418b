import { isLocale, type Locale, translator } from "../../../platform/i18n/i18n";
import { type MailContent, renderMail } from "../../../platform/mail/render";

/** Where a notification mail points: the object, the settings and the one-click unsubscribe. */
export interface MailLinks {
  /** Absolute address of the object the notification is about. */
  url: string;
  settingsUrl: string;
  unsubscribeUrl: string;
}

export interface MailRecipient {
  displayName: string;
  locale: string;
}

const localeOf = (recipient: MailRecipient): Locale => (isLocale(recipient.locale) ? recipient.locale : "de");

/** Why the mail came and how to get fewer: the same closing in every notification mail. */
const closing = (
  links: Pick<MailLinks, "settingsUrl" | "unsubscribeUrl">,
): Array<{ key: string; params: Record<string, string> }> => [
  { key: "notifications.mail.why", params: { settingsUrl: links.settingsUrl } },
  { key: "notifications.mail.unsubscribe", params: { unsubscribeUrl: links.unsubscribeUrl } },
];

/** One notification, mailed at once. The notification's own text is the subject, too. */
export function notificationMail(
  recipient: MailRecipient,
  message: { key: string; params: Record<string, string> },
  links: MailLinks,
): MailContent {
  const locale = localeOf(recipient);
  const text = translator(locale)(message.key, message.params);
  return renderMail({
    locale,
    // renderMail translates the subject; a text that is no key passes through unchanged.
    subject: text.split("\n")[0] ?? text,
    greetingName: recipient.displayName,
    paragraphs: [{ key: message.key, params: message.params }],
    action: { label: "notifications.mail.open", url: links.url },
    after: closing(links),
  });
}

/** The daily digest: every waiting notification with its link, oldest first. */
export function digestMail(
  recipient: MailRecipient,
  items: Array<{ key: string; params: Record<string, string>; url: string }>,
  links: Pick<MailLinks, "settingsUrl" | "unsubscribeUrl"> & { listUrl: string },
): MailContent {
  const locale = localeOf(recipient);
  const t = translator(locale);
  return renderMail({
    locale,
    subject: "notifications.digest.subject",
    greetingName: recipient.displayName,
    paragraphs: [
      { key: "notifications.digest.intro", params: { count: items.length } },
      ...items.map((item) => ({
        key: "notifications.digest.item",
        params: { text: t(item.key, item.params), url: item.url },
      })),
    ],
    action: { label: "notifications.digest.open", url: links.listUrl },
    after: closing(links),
  });
}
