import type { Context } from "hono";
import type { Db } from "../../../platform/db/database";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppEnv } from "../../../platform/http/env";
import { readCatalogueVersion } from "../use-cases/read-catalogue-version";

/**
 * The catalogue's public pages and API answers as visitors without an account see them, kept in
 * memory per process. Before each answer the catalogue's change counter is checked (one tiny
 * query on PostgreSQL; on the embedded database the counter is kept until a change is announced);
 * an entry made at another counter is never served, so a change made by any process shows at
 * once. Signed-in people always get a freshly made page (it shows what they may edit).
 */
interface Entry {
  version: number;
  body: string;
  contentType: string;
}

const MAX_ENTRIES = 2_000;
const MAX_BYTES = 32 * 1024 * 1024;

class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  get(key: string, version: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) {
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

function cacheOf(db: Db): PageCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PageCache();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Answers from the cache when the visitor has no account and nothing changed since the entry was
 * made; otherwise makes the answer with `produce` (which gets the counter, to read the reference
 * tables at the same state) and keeps a successful one.
 */
export async function cachedAnswer(
  c: Context<AppEnv>,
  produce: (version: number) => Promise<Response>,
): Promise<Response> {
  const db = c.get("deps").database.db;
  const state = c.get("state");
  const version = await readCatalogueVersion(c.get("deps"));
  // The catalogue is public: a signed-in person's copy may be kept by their browser (not no-store).
  publicPage(c);
  if (state.actor.kind !== "guest" || c.req.method !== "GET") return produce(version);
  const url = new URL(c.req.url);
  const key = `${state.locale} ${url.pathname}${url.search}`;
  const cache = cacheOf(db);
  const hit = cache.get(key, version);
  if (hit) return c.body(hit.body, 200, { "Content-Type": hit.contentType });
  const response = await produce(version);
  const contentType = response.headers.get("content-type") ?? "";
  if (response.status === 200 && /^(text\/html|application\/json)/.test(contentType)) {
    cache.set(key, { version, body: await response.clone().text(), contentType });
  }
  return response;
}
