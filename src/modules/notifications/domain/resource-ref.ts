/** A followable object as the resource registry names it: its kind's type and its id. */
export interface ResourceRef {
  type: string;
  id: string;
}

/** What another module hands to `notify`: about what, which text, and to whom. */
export interface NotificationEvent {
  resource: ResourceRef;
  /** A key of the calling module's message catalogue, rendered in each recipient's language. */
  messageKey: string;
  params: Record<string, string>;
  /**
   * A more precise link on this site than the resource's page (e.g. `/arena/12#comment-7`); a path
   * that is not local is ignored. Without it the link is the resource kind's summary href.
   */
  href?: string;
  /** Whether the followers of the resource hear of it. */
  followers?: boolean;
  /** Further accounts to tell (e.g. the authors), whether they follow or not. */
  accounts?: string[];
  /** Usually the account that caused the event: nobody is told about what they did themselves. */
  exceptAccountId?: string | null;
}

// The same check as `isUuid` (src/platform/ids.ts), written out here: domain/ imports no platform code.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the text can be an account id (a uuid); anything else names no account. */
export function isAccountId(value: string): boolean {
  return uuidPattern.test(value);
}

/**
 * The accounts a notification goes to before the database has its say (deleted accounts are
 * dropped there): followers and named accounts, each once, without the one who caused it. Sorted,
 * so concurrent notifications lock the recipients' rows in the same order.
 */
export function candidateRecipients(
  event: Pick<NotificationEvent, "accounts" | "exceptAccountId">,
  followers: readonly string[],
): string[] {
  const ids = new Set<string>();
  for (const id of [...followers, ...(event.accounts ?? [])]) {
    if (isAccountId(id)) ids.add(id.toLowerCase());
  }
  if (event.exceptAccountId) ids.delete(event.exceptAccountId.toLowerCase());
  return [...ids].sort();
}

/**
 * A path on this site to return to after a form. Browsers read `//evil.example` and a backslash
 * after the first slash as another host, so both are refused, as are control characters and
 * overlong values.
 */
export function isLocalPath(value: string): boolean {
  if (value.length > 500 || !value.startsWith("/") || value.startsWith("//")) return false;
  return ![...value].some((ch) => ch === "\\" || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
}
