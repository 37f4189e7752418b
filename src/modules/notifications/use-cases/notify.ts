import { defaultLocale } from "../../../platform/i18n/i18n";
import { cityDay } from "../../../platform/reference-data";
import { resourceKind } from "../../../platform/resources/resources";
import type { UseCaseContext } from "../../../platform/use-case/use-case";
import { followersOf } from "../data/follows";
import { insertNotification } from "../data/notifications";
import { type Recipient, recipientsAmong } from "../data/recipients";
import { lockMailSettings, saveMailTally } from "../data/settings";
import { decideDelivery } from "../domain/mail-rule";
import { candidateRecipients, isLocalPath, type NotificationEvent } from "../domain/resource-ref";
import { notificationMail } from "../views/mails";
import { absoluteUrl, type MailLinksFor, mailLinks } from "./mail-links";

/**
 * Tells people about something that happened to a resource, inside the caller's use case: it
 * commits or rolls back with the change it reports, and its mails leave only after the commit.
 *
 * Recipients are the resource's followers (when `followers` is set) and the named accounts, each
 * once, without `exceptAccountId` and without deleted accounts. Each gets an in-app notification;
 * its text is the message key with its parameters, rendered later in the reader's language. The
 * link is the event's `href` (a local path) or else the resource kind's summary `href`, resolved now:
 * the list and the digest need no lookups, and a notification about something since removed keeps
 * pointing where it was.
 */
export async function notify(ctx: UseCaseContext, event: NotificationEvent): Promise<void> {
  const followers = event.followers ? await followersOf(ctx.tx, event.resource) : [];
  const recipients = await recipientsAmong(ctx.tx, candidateRecipients(event, followers));
  if (recipients.length === 0) return;
  const href =
    event.href && isLocalPath(event.href)
      ? event.href
      : ((await resourceKind(event.resource.type)?.summary(ctx.tx, event.resource.id, defaultLocale))?.href ?? null);
  const today = cityDay(ctx.now, ctx.deps.city.timeZone);
  let links: MailLinksFor | null = null;
  const linksFor = async (accountId: string) => {
    links ??= await mailLinks(ctx.deps, ctx.tx);
    return links(accountId);
  };
  // In id order, so concurrent notifications lock the settings rows in the same order.
  for (const recipient of recipients) await notifyOne(ctx, event, recipient, { href, today, linksFor });
}

async function notifyOne(
  ctx: UseCaseContext,
  event: NotificationEvent,
  recipient: Recipient,
  {
    href,
    today,
    linksFor,
  }: { href: string | null; today: string; linksFor: (accountId: string) => Promise<ReturnType<MailLinksFor>> },
): Promise<void> {
  const { tx, deps } = ctx;
  const settings = await lockMailSettings(tx, recipient.id);
  const { delivery, tally } = decideDelivery({
    mode: settings.mode,
    canMail: recipient.mailTo !== null,
    tally: settings.tally,
    today,
  });
  if (tally.day !== settings.tally.day || tally.mailsThatDay !== settings.tally.mailsThatDay)
    await saveMailTally(tx, recipient.id, tally);
  await insertNotification(tx, {
    accountId: recipient.id,
    resource: event.resource,
    messageKey: event.messageKey,
    params: event.params,
    href,
    delivery,
    localDay: today,
    createdAt: ctx.now,
  });
  if (delivery !== "mail" || recipient.mailTo === null) return;
  const { headers, ...links } = await linksFor(recipient.id);
  const mail = notificationMail(
    recipient,
    { key: event.messageKey, params: event.params },
    { ...links, url: absoluteUrl(deps, href) },
  );
  ctx.afterCommit(await deps.mailer.queue(tx, { to: recipient.mailTo, userId: recipient.id, ...mail, headers }));
}
