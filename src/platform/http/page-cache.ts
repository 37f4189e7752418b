import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv, RequestState } from "./env";
import { OWN_PART_END, OWN_PART_MARKERS, ownPartNamed, renderedParts } from "./page-cache-parts";

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
 * A page may also hold the reader's own parts (their support button, the links of their own
 * comments): it is made with the parts as for a reader who has done nothing there yet, and each
 * answer puts in this reader's own versions (see page-cache-parts.tsx and `ownParts`).
 *
 * Only routes whose page depends on nothing else of the person may use it (not a ballot page, not a
 * profile). Downloads that are the same for everyone use `cachedDownload`.
 */
interface Entry {
  version: string;
  /**
   * The body, split at the personal markers once when it is kept: the text between them, and
   * between each two texts the marker that stood there. Answering joins them with this person's
   * values instead of searching the whole page for each marker on every request.
   */
  parts: string[];
  slots: Slot[];
  /** A download's bytes, encoded once (pages are joined per answer instead). */
  bytes?: Uint8Array<ArrayBuffer>;
  /** A download's bytes gzipped once, for the clients that accept it (a lottery list shrinks to a third). */
  gzipped?: Uint8Array<ArrayBuffer>;
  size: number;
  contentType: string;
  headers: Array<[string, string]>;
  madeAt: number;
}

type Fixed = keyof typeof marker;
/**
 * A personal marker: a fixed one, or the start of one of the reader's own parts (with the index of
 * the slot that ends it), or such an end.
 */
type Slot = Fixed | { part: string; end: number } | "partEnd";

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
const slotOf = new Map(Object.entries(marker).map(([slot, text]) => [text, slot as Fixed]));
const markers = new RegExp(`(${[...Object.values(marker), OWN_PART_MARKERS].join("|")})`);

class PageCache {
  private readonly entries = new Map<string, Entry>();
  /** The entries requests are making at this moment, by key (see findOrMake). */
  readonly making = new Map<string, { version: string; entry: Promise<Entry | undefined> }>();
  private bytes = 0;

  get(key: string, version: string, now: number, maxAgeMs: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version || now - entry.madeAt >= maxAgeMs || now < entry.madeAt) {
      this.bytes -= entry.size;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.size;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.size;
    // The least recently used entries go first (a Map keeps insertion order; a hit re-inserts).
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= value.size;
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

/**
 * The state of a person with the same rights and language but nothing personal. A page that
 * depends on who the person is (`perPerson`) keeps their id; their name, e-mail address and CSRF
 * token are still markers, since the browser's token differs between two browsers of one person.
 */
function neutralState(state: RequestState, keepId: boolean): RequestState {
  const id = (own: string) => (keepId ? own : NEUTRAL_USER_ID);
  const user = state.user
    ? { ...state.user, id: id(state.user.id), displayName: marker.name, email: marker.email }
    : null;
  const actor =
    state.actor.kind === "user" ? { ...state.actor, id: id(state.actor.id), label: marker.name } : state.actor;
  return { ...state, user, actor, csrfToken: marker.csrf };
}

function split(body: string): Pick<Entry, "parts" | "slots"> {
  const pieces = body.split(markers);
  const parts: string[] = [];
  const slots: Slot[] = [];
  let open: { part: string; end: number } | undefined;
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      parts.push(piece);
      return;
    }
    const part = ownPartNamed(piece);
    if (part !== undefined) {
      // One part inside another could not be replaced without cutting the outer one apart.
      if (open) throw new Error(`the reader's own part ${part} lies inside ${open.part}`);
      open = { part, end: -1 };
      slots.push(open);
    } else if (piece === OWN_PART_END) {
      if (!open) throw new Error("a reader's own part ends without having begun");
      open.end = slots.length;
      open = undefined;
      slots.push("partEnd");
    } else slots.push(slotOf.get(piece) as Fixed);
  });
  if (open) throw new Error(`the reader's own part ${open.part} does not end`);
  return { parts, slots };
}

/**
 * The page for this person: their CSRF token, name and address in place of the markers, and their
 * own version of each part they have one of (`own`), the shared version of the others.
 */
function personalised(
  { parts, slots }: Pick<Entry, "parts" | "slots">,
  state: RequestState,
  own?: ReadonlyMap<string, string>,
): string {
  const value: Record<Fixed, string> = {
    csrf: state.csrfToken,
    name: escapeHtml(state.user?.displayName ?? ""),
    email: escapeHtml(state.user?.email ?? ""),
  };
  let text = parts[0] ?? "";
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    if (typeof slot === "object") {
      const mine = own?.get(slot.part);
      if (mine !== undefined) {
        text += mine;
        i = slot.end;
      }
    } else if (slot !== "partEnd") text += value[slot];
    text += parts[i + 1];
  }
  return text;
}

const keptHeaders = ["content-disposition", "cache-control"];

function entryOf(response: Response, body: string, version: string, now: number, asBytes: boolean): Entry {
  const headers = keptHeaders.flatMap((name) => {
    const value = response.headers.get(name);
    return value ? [[name, value] as [string, string]] : [];
  });
  const contentType = response.headers.get("content-type") ?? "application/octet-stream";
  if (asBytes) {
    const bytes = new TextEncoder().encode(body);
    const gzipped = bytes.length >= 1024 ? new Uint8Array(gzipSync(bytes)) : undefined;
    const size = bytes.length + (gzipped?.length ?? 0);
    return { version, parts: [], slots: [], bytes, gzipped, size, contentType, headers, madeAt: now };
  }
  return { version, ...split(body), size: body.length * 2, contentType, headers, madeAt: now };
}

export interface PageCacheOptions {
  /** Separates the callers' entries (e.g. "budget"). */
  scope: string;
  /** The content's version, read before the page is made (one change counter, or several joined). */
  version: string | number;
  /**
   * At most this long, for pages that also change with the clock (a budget's phase begins at a
   * set time): the page is made afresh at least this often. Unlimited when not given.
   */
  maxAgeMs?: number;
  /**
   * The page also depends on who the person is, not only on their rights (their own ballot): it
   * is kept per person. The version must then cover every table the page reads about them.
   */
  perPerson?: boolean;
  /**
   * The reader's own versions of the page's own parts (see page-cache-parts.tsx), by part name,
   * asked for on every answer after the page was found or made; a part not named keeps the shared
   * version. Drawn with this reader's own page context (their CSRF token).
   */
  ownParts?: () => Record<string, Child> | Promise<Record<string, Child>>;
}

interface Wanted {
  key: string;
  version: string;
  /** The platform's clock (so tests that set the time see what people would). */
  now: number;
  maxAgeMs?: number;
}

/**
 * An entry for `key` at `version`: a kept one, the one another request is making at this moment
 * (so fifty requests that arrive together after a change make the page once, not fifty times), or
 * a new one from `make`. `make` answers the response to send when it is not to be kept.
 */
async function findOrMake(
  cache: PageCache,
  { key, version, now, maxAgeMs }: Wanted,
  make: () => Promise<Entry | Response>,
): Promise<Entry | Response> {
  const kept = cache.get(key, version, now, maxAgeMs ?? Number.POSITIVE_INFINITY);
  if (kept) return kept;
  const running = cache.making;
  const other = running.get(key);
  if (other && other.version === version) {
    const entry = await other.entry;
    if (entry) return entry;
    // The other request's answer was not kept (an error page): this one makes its own.
    return make();
  }
  let answer: Entry | Response | undefined;
  const entry = (async () => {
    answer = await make();
    return answer instanceof Response ? undefined : answer;
  })();
  const mine = { version, entry };
  running.set(key, mine);
  try {
    const made = await entry;
    if (made) cache.set(key, made);
  } finally {
    if (running.get(key) === mine) running.delete(key);
  }
  return answer as Entry | Response;
}

function send(c: Context<AppEnv>, entry: Entry, body: string | Uint8Array<ArrayBuffer>): Response {
  for (const [name, value] of entry.headers) c.header(name, value);
  return c.body(body, 200, { "Content-Type": entry.contentType });
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
  const ownParts = async () => (options.ownParts ? renderedParts(await options.ownParts()) : undefined);
  if (c.req.method !== "GET" || signedInWithoutSession || state.actor.kind === "system") {
    // A page with own parts carries their markers, which are replaced here as on any answer.
    return options.ownParts ? answeredAfresh(await produce(), state, await ownParts()) : produce();
  }
  const url = new URL(c.req.url);
  const person = options.perPerson ? ` ${state.user?.id ?? "guest"}` : "";
  const key = `${options.scope} ${state.locale} ${url.pathname}${url.search} ${rightsKey(state)}${person}`;
  const version = String(options.version);
  const now = c.get("deps").clock().getTime();
  const found = await findOrMake(cacheOf(c), { key, version, now, maxAgeMs: options.maxAgeMs }, async () => {
    c.set("state", neutralState(state, Boolean(options.perPerson)));
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
    if (response.status === 200 && keep) return entryOf(response, await response.text(), version, now, false);
    // Not kept; the markers are replaced all the same (an error page shows the header too).
    return answeredAfresh(response, state, await ownParts());
  });
  if (found instanceof Response) return found;
  // Sent as bytes: Node writes a large string body several times slower than the same bytes
  // (a 150 KB page from a bare Node server: about 500 against 3,000 answers a second).
  return send(c, found, new TextEncoder().encode(personalised(found, state, await ownParts())));
}

/** A page not kept, with its markers replaced for this person. */
async function answeredAfresh(
  response: Response,
  state: RequestState,
  own: ReadonlyMap<string, string> | undefined,
): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const body = personalised(split(await response.text()), state, own);
  return new Response(body, { status: response.status, headers });
}

/**
 * A download that is the same for everyone who may fetch it (an export, a results file): made once
 * per version and language and kept as bytes (and gzipped, for clients that accept it), then
 * served from memory. The caller checks any
 * permission before; `produce` must not depend on who asks.
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
  const now = c.get("deps").clock().getTime();
  const found = await findOrMake(cacheOf(c), { key, version, now, maxAgeMs: options.maxAgeMs }, async () => {
    const response = await produce();
    if (response.status !== 200) return response;
    return entryOf(response, await response.text(), version, now, true);
  });
  if (found instanceof Response) return found;
  if (!found.gzipped) return send(c, found, found.bytes ?? new Uint8Array());
  c.header("Vary", "Accept-Encoding");
  if (!/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) return send(c, found, found.bytes ?? new Uint8Array());
  c.header("Content-Encoding", "gzip");
  return send(c, found, found.gzipped);
}
