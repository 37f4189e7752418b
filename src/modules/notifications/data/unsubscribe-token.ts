import type { Executor } from "../../../platform/db/database";
import { ensureSecret } from "../../../platform/security/secrets";
import { hmac, type RandomBytes, safeEqual } from "../../../platform/security/tokens";
import { isAccountId } from "../domain/resource-ref";

/** The server secret that signs unsubscribe links; shared by all processes through the database. */
const UNSUBSCRIBE_SECRET = "notifications.unsubscribe";

const signature = (secret: string, accountId: string) => hmac(secret, `unsubscribe:${accountId}`);

/**
 * Makes the tokens of unsubscribe links (the secret is read once for many mails): its id and a signature, so the link works without
 * signing in and cannot be made for another account. It stays valid, like the mails that carry it.
 */
export async function unsubscribeSigner(db: Executor, random: RandomBytes): Promise<(accountId: string) => string> {
  const secret = await ensureSecret(db, UNSUBSCRIBE_SECRET, random);
  return (accountId) => `${accountId}.${signature(secret, accountId)}`;
}

/** The account a token was made for, or null when it was not made here. */
export async function accountOfUnsubscribeToken(
  db: Executor,
  token: string,
  random: RandomBytes,
): Promise<string | null> {
  const [accountId, sent, extra] = token.split(".");
  if (!accountId || !sent || extra !== undefined || !isAccountId(accountId)) return null;
  const secret = await ensureSecret(db, UNSUBSCRIBE_SECRET, random);
  return safeEqual(sent, signature(secret, accountId)) ? accountId : null;
}
