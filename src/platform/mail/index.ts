/** Mail: the outbox, delivery, and the rendering of mails in the recipient's language. */
export { createMailer, type Mailer, type MailMessage } from "./mailer";
export { mailMessages } from "./messages";
export { escapeHtml, type MailContent, type MailLayout, renderMail } from "./render";
export * from "./templates/account";
