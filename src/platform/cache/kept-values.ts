/**
 * Values read from the database and kept in memory per process, checked against a version the
 * caller reads from change counters *before* asking (so a change committed by any process is seen on
 * the next request), with an optional age limit for values that also move between versions (counts
 * kept out of the counters on purpose). Requests that want the same value at the same version while
 * it is being made share one read. The least recently used values go first.
 *
 * For data shared by everyone (an entry's public part, its comment thread). Pages use the page cache
 * (`platform/http/page-cache.ts`). Nothing personal is kept here that someone else could be given: a
 * value about one person (whether they may post) is keyed by their account and only read for them.
 */
interface Kept {
  version: string;
  madeAt: number;
  value: Promise<unknown>;
}

const MAX_VALUES = 2_000;

const stores = new WeakMap<object, Map<string, Kept>>();

function storeOf(owner: object): Map<string, Kept> {
  let store = stores.get(owner);
  if (!store) {
    store = new Map();
    stores.set(owner, store);
  }
  return store;
}

export interface KeptValueOptions {
  /** Whose values these are: the database object, so test databases never share values. */
  owner: object;
  /** What the value is (scope and parameters), e.g. `arena-entry:42`. */
  key: string;
  /** The content's version, read before this call. */
  version: string | number;
  /** The clock of the platform, in ms. */
  now: number;
  /** At most this old; unlimited when not given. */
  maxAgeMs?: number;
}

/** The kept value for key and version, or the one `make` gives (kept unless it fails). */
export function keptValue<T>(options: KeptValueOptions, make: () => Promise<T>): Promise<T> {
  const store = storeOf(options.owner);
  const version = String(options.version);
  const hit = store.get(options.key);
  if (hit) {
    store.delete(options.key);
    const fresh =
      hit.version === version &&
      options.now >= hit.madeAt &&
      (options.maxAgeMs === undefined || options.now - hit.madeAt < options.maxAgeMs);
    if (fresh) {
      store.set(options.key, hit);
      return hit.value as Promise<T>;
    }
  }
  const value = make();
  const kept: Kept = { version, madeAt: options.now, value };
  store.set(options.key, kept);
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (store.get(options.key) === kept) store.delete(options.key);
  });
  for (const oldest of store.keys()) {
    if (store.size <= MAX_VALUES) break;
    store.delete(oldest);
  }
  return value;
}
