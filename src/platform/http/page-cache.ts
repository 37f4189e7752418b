import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import type { AppEnv, RequestState } from "./env";

/**
 * Public pages kept in memory per process, for visitors and for signed-in people alike.
 *
 * A page is kept per (path and query, language, what the person may do) and checked against a
 * version the caller reads from a change counter before the page is made: an entry made at another
 * version is never served, so a change committed by any process shows on the next request. "What the
 * person may do" is the set of their roles (with scopes), whether their e-mail address is confirmed
 * and whether the session passed the second factor — everything a public page may depend on besides
 * the content. The page is made for a neutral person with exactly those rights: a fixed user id
 * that no account has, and for the personal bits (the CSRF token of the forms, the name, the e-mail
 * address) markers that are replaced with this person's values on every answer. So two people share an entry
 * only if the page would be the same for both apart from those bits, and nothing personal is kept.
 *
 * Only routes whose page depends on nothing else of the person may use it (not a ballot page, not a
 * profile). Downloads that are the same for everyone use `cachedDownload`.
 */
interface Entry {
  version: string;
  body: string;
  contentType: string;
  headers: Array<[string, string]>;
  madeAt: number;
}

const MAX_ENTRIES = 4_000;
const MAX_BYTES = 64 * 1024 * 1024;
const NEUTRAL_USER_ID = "00000000-0000-4000-8000-000000000000";

/** Markers of this process: random, so no content can contain them by chance. */
const tag = randomBytes(9).toString("hex");
const marker = {
  csrf: `gmcsrf${tag}`,
  name: `gmname${tag}`,
  email: `gmmail${tag}@example.invalid`,
};

class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  get(key: string, version: string, now: number, maxAgeMs: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version || now - entry.madeAt >= maxAgeMs || now < entry.madeAt) {
      this.bytes -= entry.body.length;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    // The least recently used entries go first (a Map keeps insertion order; a hit re-inserts).
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.length;
    }
  }
}

const caches = new WeakMap<object, PageCache>();

function cacheOf(c: Context<AppEnv>): PageCache {
  const db = c.get("deps").database.db;
  let cache = caches.get(db);
  if (!cache) {
    cache = new PageCache();
    caches.set(db, cache);
  }
  return cache;
}

/** What a page may depend on besides its content: nobody, or a person's rights (never who they are). */
export function rightsKey(state: RequestState): string {
  if (state.actor.kind !== "user" || !state.user) return "guest";
  const grants = state.actor.grants
    .map((g) => `${g.role}\u0001${g.scopeType ?? ""}\u0001${g.scopeId ?? ""}`)
    .sort()
    .join("\u0002");
  return `user ${state.user.emailVerified ? 1 : 0}${state.secondFactorAt ? 1 : 0} ${grants}`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The state of a person with the same rights and language but nothing personal. */
function neutralState(state: RequestState): RequestState {
  const user = state.user
    ? { ...state.user, id: NEUTRAL_USER_ID, displayName: marker.name, email: marker.email }
    : null;
  const actor = state.actor.kind === "user" ? { ...state.actor, id: NEUTRAL_USER_ID, label: marker.name } : state.actor;
  return { ...state, user, actor, csrfToken: marker.csrf };
}

function personalised(body: string, state: RequestState): string {
  let text = body.replaceAll(marker.csrf, state.csrfToken);
  if (state.user) {
    text = text
      .replaceAll(marker.email, escapeHtml(state.user.email ?? ""))
      .replaceAll(marker.name, escapeHtml(state.user.displayName));
  }
  return text;
}

const keptHeaders = ["content-disposition", "cache-control"];

export interface PageCacheOptions {
  /** Separates the callers' entries (e.g. "budget"). */
  scope: string;
  /** The content's version, read before the page is made (a change counter). */
  version: string | number;
  /**
   * At most this long, for pages that also change with the clock (a budget's phase begins at a
   * set time): the page is made afresh at least this often. Unlimited when not given.
   */
  maxAgeMs?: number;
}

/**
 * Answers a GET with a kept page if one was made for the same rights, language and address at the
 * same version; otherwise makes it with `produce` for a neutral person with these rights (see
 * above) and keeps a successful HTML answer. Other methods, and requests signed in with an API key
 * instead of a session, always get a page made afresh.
 */
export async function cachedPage(
  c: Context<AppEnv>,
  options: PageCacheOptions,
  produce: () => Response | Promise<Response>,
): Promise<Response> {
  const state = c.get("state");
  const signedInWithoutSession = state.actor.kind !== "guest" && !state.sessionIdHash;
  if (c.req.method !== "GET" || signedInWithoutSession || state.actor.kind === "system") return produce();
  const url = new URL(c.req.url);
  const key = `${options.scope} ${state.locale} ${url.pathname}${url.search} ${rightsKey(state)}`;
  const version = String(options.version);
  const cache = cacheOf(c);
  const now = Date.now();
  const maxAgeMs = options.maxAgeMs ?? Number.POSITIVE_INFINITY;
  let entry = cache.get(key, version, now, maxAgeMs);
  if (!entry) {
    c.set("state", neutralState(state));
    let response: Response;
    try {
      response = await produce();
    } finally {
      c.set("state", state);
    }
    const contentType = response.headers.get("content-type") ?? "";
    const keep =
      contentType.startsWith("text/html") ||
      (state.actor.kind === "guest" && contentType.startsWith("application/json"));
    if (response.status !== 200 || !keep) {
      // Not kept; the markers are replaced all the same (an error page shows the header too).
      const headers = new Headers(response.headers);
      headers.delete("content-length");
      return new Response(personalised(await response.text(), state), { status: response.status, headers });
    }
    entry = {
      version,
      body: await response.text(),
      contentType,
      headers: keptHeaders.flatMap((name) => {
        const value = response.headers.get(name);
        return value ? [[name, value] as [string, string]] : [];
      }),
      madeAt: now,
    };
    cache.set(key, entry);
  }
  for (const [name, value] of entry.headers) c.header(name, value);
  return c.body(personalised(entry.body, state), 200, { "Content-Type": entry.contentType });
}

/**
 * A download that is the same for everyone who may fetch it (an export, a results file): made once
 * per version and language and kept, then served from memory. The caller checks any permission
 * before; `produce` must not depend on who asks.
 */
export async function cachedDownload(
  c: Context<AppEnv>,
  options: PageCacheOptions,
  produce: () => Response | Promise<Response>,
): Promise<Response> {
  if (c.req.method !== "GET") return produce();
  const state = c.get("state");
  const url = new URL(c.req.url);
  const key = `download ${options.scope} ${state.locale} ${url.pathname}${url.search}`;
  const version = String(options.version);
  const cache = cacheOf(c);
  const now = Date.now();
  let entry = cache.get(key, version, now, options.maxAgeMs ?? Number.POSITIVE_INFINITY);
  if (!entry) {
    const response = await produce();
    if (response.status !== 200) return response;
    entry = {
      version,
      body: await response.text(),
      contentType: response.headers.get("content-type") ?? "application/octet-stream",
      headers: keptHeaders.flatMap((name) => {
        const value = response.headers.get(name);
        return value ? [[name, value] as [string, string]] : [];
      }),
      madeAt: now,
    };
    cache.set(key, entry);
  }
  for (const [name, value] of entry.headers) c.header(name, value);
  return c.body(entry.body, 200, { "Content-Type": entry.contentType });
}
