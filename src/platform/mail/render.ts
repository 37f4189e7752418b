import { type Locale, translator } from "../i18n/i18n";

/** Makes text safe to put into HTML (element content and quoted attribute values). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

type Params = Record<string, string | number>;

/** A mail described by message keys: a greeting, paragraphs, an optional button link and a closing. */
export interface MailLayout {
  locale: Locale;
  subject: string;
  greetingName: string;
  paragraphs: Array<{ key: string; params?: Params }>;
  action?: { label: string; url: string };
  /** Paragraphs after the button, e.g. "ignore this mail if it wasn't you". */
  after?: Array<{ key: string; params?: Params }>;
}

/**
 * Renders a mail as plain text and as HTML in the recipient's language. Every interpolated value
 * (names, addresses, links) is escaped in the HTML part.
 */
export function renderMail(layout: MailLayout): MailContent {
  const t = translator(layout.locale);
  const subject = t(layout.subject);
  const greeting = t("mail.greeting", { name: layout.greetingName });
  const before = layout.paragraphs.map((p) => t(p.key, p.params));
  const after = (layout.after ?? []).map((p) => t(p.key, p.params));
  const signature = t("mail.signature");
  const footer = t("mail.footer");

  const textParts = [greeting, ...before];
  if (layout.action) textParts.push(`${t(layout.action.label)}:\n${layout.action.url}`);
  textParts.push(...after, signature, `-- \n${footer}`);
  const text = `${textParts.join("\n\n")}\n`;

  // Translated texts are escaped as a whole: parameters were interpolated into them already.
  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value).replace(/\n/g, "<br>")}</p>`;
  const button = layout.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(layout.action.url)}" style="background:#174a8b;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(t(layout.action.label))}</a></p>` +
      paragraph(t("mail.linkFallback")) +
      `<p style="margin:0 0 16px;word-break:break-all"><a href="${escapeHtml(layout.action.url)}" style="color:#174a8b">${escapeHtml(layout.action.url)}</a></p>`
    : "";
  const html = [
    "<!doctype html>",
    `<html lang="${layout.locale}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    "<body style=\"margin:0;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5;color:#1b1f24;background:#ffffff\">",
    '<div style="max-width:36rem">',
    paragraph(greeting),
    ...before.map(paragraph),
    button,
    ...after.map(paragraph),
    paragraph(signature),
    `<p style="margin:32px 0 0;color:#4a5360;font-size:14px">${escapeHtml(footer)}</p>`,
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
  return { subject, text, html };
}
