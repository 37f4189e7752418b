import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { rateLimits } from "./schema";

interface Hit {
  key: string;
  windowStart: Date;
  resolve: (position: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Hits on fixed windows, counted in the database in one statement for every hit that arrives in
 * the same turn of the event loop. Under load (fifty supports at once) that is one upsert instead of
 * fifty round trips, each of which would wait for the busy process before the next could start.
 */
class WindowHits {
  private waiting: Hit[] = [];

  constructor(private readonly db: Db) {}

  /** The hit's place in its window, counting every hit before it on any process (1 = the first). */
  count(key: string, windowStart: Date): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, windowStart, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    const byKey = new Map<string, { windowStart: Date; hits: Hit[] }>();
    for (const hit of batch) {
      const group = byKey.get(hit.key);
      if (!group) byKey.set(hit.key, { windowStart: hit.windowStart, hits: [hit] });
      else {
        group.hits.push(hit);
        // A batch that straddles two windows counts all its hits in the later one.
        if (hit.windowStart > group.windowStart) group.windowStart = hit.windowStart;
      }
    }
    // In the order of the keys, so two processes writing the same keys never wait for each other in a circle.
    const groups = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    try {
      const rows = await this.db
        .insert(rateLimits)
        .values(groups.map(([key, { windowStart, hits }]) => ({ key, windowStart, count: hits.length })))
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + excluded.count else excluded.count end`,
            windowStart: sql`excluded.window_start`,
          },
        })
        .returning({ key: rateLimits.key, count: rateLimits.count });
      const totals = new Map(rows.map((row) => [row.key, row.count]));
      for (const [key, { hits }] of groups) {
        const total = totals.get(key) ?? hits.length;
        hits.forEach((hit, i) => {
          hit.resolve(total - hits.length + 1 + i);
        });
      }
    } catch (error) {
      for (const hit of batch) hit.reject(error);
    }
  }
}

const perDatabase = new WeakMap<Db, WindowHits>();

/** Counts one hit on `key` in the window that starts at `windowStart`; answers its place in the window. */
export function countWindowHit(db: Db, key: string, windowStart: Date): Promise<number> {
  let hits = perDatabase.get(db);
  if (!hits) {
    hits = new WindowHits(db);
    perDatabase.set(db, hits);
  }
  return hits.count(key, windowStart);
}
