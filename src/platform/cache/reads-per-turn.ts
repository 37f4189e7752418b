import type { Db } from "../db/database";

/**
 * Small reads that many requests ask for at the same moment (each reader's own state on a page),
 * made with one query for all that are asked for in the same turn of the event loop. Requests that
 * waited for one shared read (the change counters) go on together, so under load their next reads
 * arrive in the same turn: one round trip instead of one per request, each of which would wait for
 * the busy process before the next could start. A lone read waits one turn longer.
 */
interface Waiting<K, V> {
  key: K;
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/** The most keys one query takes (well below the parameter limit of the database). */
const MAX_KEYS = 500;

class ReadsOfOneTurn<K, V> {
  private waiting: Array<Waiting<K, V>> = [];

  constructor(
    private readonly db: Db,
    private readonly readAll: (db: Db, keys: readonly K[]) => Promise<V[]>,
  ) {}

  read(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private flush(): void {
    const all = this.waiting;
    this.waiting = [];
    for (let start = 0; start < all.length; start += MAX_KEYS) {
      const batch = all.slice(start, start + MAX_KEYS);
      void this.readAll(
        this.db,
        batch.map((w) => w.key),
      ).then(
        (values) => {
          batch.forEach((waiting, i) => {
            waiting.resolve(values[i] as V);
          });
        },
        (error: unknown) => {
          for (const waiting of batch) waiting.reject(error);
        },
      );
    }
  }
}

/**
 * A read of one key made, together with every other read of this kind asked for in the same turn,
 * by one call of `readAll`, which answers the values in the order of the keys. Per database.
 */
export function readPerTurn<K, V>(
  readAll: (db: Db, keys: readonly K[]) => Promise<V[]>,
): (db: Db, key: K) => Promise<V> {
  const perDatabase = new WeakMap<Db, ReadsOfOneTurn<K, V>>();
  return (db, key) => {
    let reads = perDatabase.get(db);
    if (!reads) {
      reads = new ReadsOfOneTurn(db, readAll);
      perDatabase.set(db, reads);
    }
    return reads.read(key);
  };
}
