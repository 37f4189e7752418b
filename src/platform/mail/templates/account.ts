import type { Locale } from "../../i18n/i18n";
import { type MailContent, renderMail } from "../render";

/** Recipient data every account mail needs. */
export interface Recipient {
  locale: Locale;
  displayName: string;
}

/** After registration: confirm the address (link valid 24 h). */
export function verifyAddressMail(to: Recipient, url: string): MailContent {
  return renderMail({
    locale: to.locale,
    subject: "mail.verify.subject",
    greetingName: to.displayName,
    paragraphs: [{ key: "mail.verify.text" }, { key: "mail.verify.expiry" }],
    action: { label: "mail.verify.action", url },
    after: [{ key: "mail.verify.ignore" }],
  });
}

/** Someone registered with an address that already has an account (we never say so on the page). */
export function alreadyRegisteredMail(to: Recipient, urls: { loginUrl: string; resetUrl: string }): MailContent {
  return renderMail({
    locale: to.locale,
    subject: "mail.existing.subject",
    greetingName: to.displayName,
    paragraphs: [
      { key: "mail.existing.text" },
      { key: "mail.existing.login", params: { loginUrl: urls.loginUrl } },
      { key: "mail.existing.reset", params: { resetUrl: urls.resetUrl } },
    ],
    after: [{ key: "mail.existing.ignore" }],
  });
}

/** "Forgot password": a link to set a new one (valid 1 h). */
export function resetPasswordMail(to: Recipient, url: string): MailContent {
  return renderMail({
    locale: to.locale,
    subject: "mail.reset.subject",
    greetingName: to.displayName,
    paragraphs: [{ key: "mail.reset.text" }, { key: "mail.reset.expiry" }],
    action: { label: "mail.reset.action", url },
    after: [{ key: "mail.reset.ignore" }],
  });
}

/** Change of address: sent to the new address to confirm it (link valid 24 h). */
export function changeEmailMail(to: Recipient, url: string): MailContent {
  return renderMail({
    locale: to.locale,
    subject: "mail.changeEmail.subject",
    greetingName: to.displayName,
    paragraphs: [{ key: "mail.changeEmail.text" }, { key: "mail.changeEmail.expiry" }],
    action: { label: "mail.changeEmail.action", url },
    after: [{ key: "mail.changeEmail.ignore" }],
  });
}

/** Change of address: sent to the old address once the new one is confirmed. */
export function emailChangedMail(to: Recipient, details: { newEmail: string; imprintUrl: string }): MailContent {
  return renderMail({
    locale: to.locale,
    subject: "mail.emailChanged.subject",
    greetingName: to.displayName,
    paragraphs: [
      { key: "mail.emailChanged.text", params: { newEmail: details.newEmail } },
      { key: "mail.emailChanged.notYou", params: { imprintUrl: details.imprintUrl } },
    ],
  });
}
