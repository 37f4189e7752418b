import { hmac, safeEqual } from "../security/tokens";

/**
 * Between a correct password and the second factor, the browser holds a pending sign-in: not a
 * session (it opens no page), only the proof that the password was right a moment ago, for one
 * account, signed with the server's key. It lasts five minutes.
 */
export const PENDING_LOGIN_SECONDS = 5 * 60;

const PURPOSE = "pending-login";

export function newPendingLogin(key: string, userId: string, now: Date): string {
  const payload = `${userId}.${now.getTime() + PENDING_LOGIN_SECONDS * 1000}`;
  return `${payload}.${hmac(key, `${PURPOSE}:${payload}`)}`;
}

/** The account of a pending sign-in that is genuine and not yet expired, or null. */
export function readPendingLogin(key: string, token: string | undefined, now: Date): string | null {
  const [userId, expires, signature] = (token ?? "").split(".");
  if (!userId || !expires || !signature || !/^\d+$/.test(expires)) return null;
  if (!safeEqual(signature, hmac(key, `${PURPOSE}:${userId}.${expires}`))) return null;
  return Number(expires) > now.getTime() ? userId : null;
}
