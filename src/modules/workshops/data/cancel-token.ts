import type { Executor } from "../../../platform/db/database";
import { isUuid } from "../../../platform/ids";
import { ensureSecret } from "../../../platform/security/secrets";
import { hmac, type RandomBytes, safeEqual } from "../../../platform/security/tokens";

/** The server secret that signs personal cancel links; shared by all processes through the database. */
const CANCEL_SECRET = "workshops.cancel";

const signature = (secret: string, registrationId: string) => hmac(secret, `workshop-cancel:${registrationId}`);

/**
 * The token of a registration's cancel link: its id and a signature, so the link works without
 * signing in (from the mail, on a phone) and cannot be made for anyone else's registration.
 */
export async function cancelToken(db: Executor, registrationId: string, random: RandomBytes): Promise<string> {
  const secret = await ensureSecret(db, CANCEL_SECRET, random);
  return `${registrationId}.${signature(secret, registrationId)}`;
}

/** The registration a token was made for, or null when it was not made here. */
export async function registrationOfToken(db: Executor, token: string, random: RandomBytes): Promise<string | null> {
  const [registrationId, sent, extra] = token.split(".");
  if (!isUuid(registrationId) || !sent || extra !== undefined) return null;
  const secret = await ensureSecret(db, CANCEL_SECRET, random);
  return safeEqual(sent, signature(secret, registrationId)) ? registrationId : null;
}
