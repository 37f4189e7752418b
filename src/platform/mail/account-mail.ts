import { defaultLocale, isLocale } from "../i18n/i18n";
import { hashToken } from "../security/tokens";
import type { UseCaseContext } from "../use-case/use-case";
import type { MailContent } from "./render";
import type { Recipient } from "./templates/account";

/** Records an account mail in the outbox within the use case's transaction; delivery follows the commit. */
export async function queueAccountMail(
  ctx: Pick<UseCaseContext, "deps" | "tx" | "afterCommit">,
  to: { email: string; userId: string },
  content: MailContent,
): Promise<void> {
  const deliver = await ctx.deps.mailer.queue(ctx.tx, { to: to.email, userId: to.userId, ...content });
  ctx.afterCommit(deliver);
}

/** An absolute link to a page of the platform, for mails. */
export function absoluteUrl(baseUrl: string, path: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${baseUrl.replace(/\/$/, "")}${path}${search ? `?${search}` : ""}`;
}

/** Rate-limit keys never contain an address in clear text. */
export function emailLimitKey(scope: string, email: string): string {
  return `${scope}:email:${hashToken(email.trim().toLowerCase())}`;
}

export function addressLimitKey(scope: string, clientAddress: string): string {
  return `${scope}:addr:${clientAddress}`;
}

/** Language and name to address an account's owner with. */
export function recipientOf(user: { locale: string; displayName: string }): Recipient {
  return { locale: isLocale(user.locale) ? user.locale : defaultLocale, displayName: user.displayName };
}
