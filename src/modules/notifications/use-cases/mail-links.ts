import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { unsubscribeSigner } from "../data/unsubscribe-token";

export type MailLinksFor = (accountId: string) => ReturnType<typeof linksWith>;

/**
 * The links every notification mail carries, and the List-Unsubscribe headers (RFC 2369, RFC 8058)
 * that let a mail program offer "unsubscribe" itself. The one-click POST goes to the API path, which
 * takes the signed token instead of a browser's form token.
 */
export async function mailLinks(deps: Deps, db: Executor): Promise<MailLinksFor> {
  const sign = await unsubscribeSigner(db, deps.random);
  return (accountId) => linksWith(deps.config.baseUrl, sign(accountId));
}

function linksWith(base: string, rawToken: string) {
  const token = encodeURIComponent(rawToken);
  const oneClick = `${base}/api/v1/notifications/unsubscribe?token=${token}`;
  return {
    settingsUrl: `${base}/notifications#settings`,
    unsubscribeUrl: `${base}/notifications/unsubscribe?token=${token}`,
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** The absolute address of a site path (or of the notifications page when the object has none). */
export function absoluteUrl(deps: Deps, href: string | null): string {
  return `${deps.config.baseUrl}${href ?? "/notifications"}`;
}
