import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { isLocale } from "../../../platform/i18n/i18n";
import { renderMail } from "../../../platform/mail/render";

/**
 * One message to a volunteer about the draw, in their language, queued in the transaction and sent
 * after it commits. `variant` names the message in the catalogue (`panel.mail.<variant>.*`).
 */
export async function queueVolunteerMail(
  deps: Deps,
  tx: Executor,
  afterCommit: (effect: () => Promise<void>) => void,
  message: {
    variant: string;
    to: string;
    name: string | null;
    locale: string | null;
    panelId: string;
    params: Record<string, string | number>;
  },
): Promise<void> {
  const mail = renderMail({
    locale: isLocale(message.locale) ? message.locale : "de",
    subject: `panel.mail.${message.variant}.subject`,
    greetingName: message.name ?? "",
    paragraphs: [{ key: `panel.mail.${message.variant}.body`, params: message.params }],
    action: { label: "panel.mail.resultLink", url: `${deps.config.baseUrl}/panels/${message.panelId}` },
  });
  afterCommit(await deps.mailer.queue(tx, { to: message.to, subject: mail.subject, text: mail.text, html: mail.html }));
}
