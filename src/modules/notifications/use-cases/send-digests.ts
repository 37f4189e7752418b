import type { Deps } from "../../../platform/deps";
import { cityDay } from "../../../platform/reference-data";
import { accountsAwaitingDigest, claimDigest, dropDigest, takeIntoDigest } from "../data/digests";
import { recipientsAmong } from "../data/recipients";
import { releaseWaitingDigest } from "../data/settings";
import { digestMail } from "../views/mails";
import { absoluteUrl, mailLinks } from "./mail-links";

/**
 * The daily digest, run by every process now and then: once a calendar day is over, each account
 * with notifications waiting from it (or from earlier days) gets one mail listing them. Each account
 * is handled in its own transaction; the (account, day) key of the digest lets only one process
 * claim it, and the notifications it takes are tied to it, so each is mailed exactly once.
 * Returns the number of digests sent.
 */
export async function sendDigests(deps: Deps): Promise<number> {
  const now = deps.clock();
  const today = cityDay(now, deps.city.timeZone);
  let sent = 0;
  const waiting = await accountsAwaitingDigest(deps.database.db, today);
  if (waiting.length === 0) return 0;
  const linksFor = await mailLinks(deps, deps.database.db);
  for (const accountId of waiting) {
    const effects: Array<() => Promise<void>> = [];
    await deps.database.db.transaction(async (tx) => {
      const digestId = await claimDigest(tx, accountId, today, now);
      if (!digestId) return;
      const [recipient] = await recipientsAmong(tx, [accountId]);
      if (!recipient?.mailTo) {
        // No address to write to (deleted or unconfirmed since): what waited stays in-app only.
        await releaseWaitingDigest(tx, accountId);
        await dropDigest(tx, digestId);
        return;
      }
      const items = await takeIntoDigest(tx, accountId, digestId, today);
      if (items.length === 0) {
        await dropDigest(tx, digestId);
        return;
      }
      const { headers, ...links } = linksFor(accountId);
      const mail = digestMail(
        recipient,
        items.map((item) => ({ key: item.messageKey, params: item.params, url: absoluteUrl(deps, item.href) })),
        { ...links, listUrl: absoluteUrl(deps, "/notifications") },
      );
      effects.push(await deps.mailer.queue(tx, { to: recipient.mailTo, userId: accountId, ...mail, headers }));
      sent += 1;
    });
    // Delivered after the commit, like every mail: a digest that fails to send stays in the outbox.
    for (const deliver of effects)
      await deliver().catch((error: unknown) => deps.logger.error("digest delivery failed", { error: String(error) }));
  }
  return sent;
}
