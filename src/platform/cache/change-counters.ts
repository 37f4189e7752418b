import type { Context } from "hono";
import type { Database, Db } from "../db/database";
import { changeCounters } from "./schema";

/** The platform's change counters (see schema.ts): what each in-memory cache checks before it answers. */
export interface Counters {
  identity: number;
  budget: number;
  panel: number;
}

async function readCounters(db: Db): Promise<Counters> {
  const rows = await db.select({ name: changeCounters.name, version: changeCounters.version }).from(changeCounters);
  const counters: Counters = { identity: 0, budget: 0, panel: 0 };
  for (const row of rows) {
    if (row.name === "identity" || row.name === "budget" || row.name === "panel") counters[row.name] = row.version;
  }
  return counters;
}

/**
 * One read of the counters for every request that arrives while a read is under way, but never a
 * read that began before the request arrived: a request that finds a read running waits for the
 * next one, which starts when the running one ends. So every change committed before a request
 * arrived (a logout answered a moment ago by another process, say) is seen by it, and under load
 * fifty requests still cost one or two tiny queries.
 */
class FreshReads {
  private running: Promise<Counters> | undefined;
  private queued: Promise<Counters> | undefined;

  constructor(private readonly db: Db) {}

  read(): Promise<Counters> {
    if (!this.running) {
      const started = readCounters(this.db).finally(() => {
        this.running = undefined;
      });
      this.running = started;
      return started;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.read();
      });
    return this.queued;
  }
}

interface Listener {
  listen(channel: string, callback: (payload: string) => void): Promise<unknown>;
}

/**
 * The embedded database serves one process only and announces every committed change (NOTIFY
 * platform_changes, from the trigger that counts up) before the write returns, so the counters
 * are kept until an announcement comes instead of being read for every request.
 */
class AnnouncedCounters {
  private known: Counters | undefined;
  private announcements = 0;
  private readonly listening: Promise<unknown>;

  constructor(
    client: Listener,
    private readonly reads: FreshReads,
  ) {
    this.listening = client.listen("platform_changes", () => {
      this.announcements += 1;
      this.known = undefined;
    });
  }

  async current(): Promise<Counters> {
    await this.listening;
    if (this.known) return this.known;
    const seen = this.announcements;
    const counters = await this.reads.read();
    if (seen === this.announcements) this.known = counters;
    return counters;
  }
}

const sources = new WeakMap<object, { current(): Promise<Counters> }>();

/** The counters now, as cheaply as the database allows (see FreshReads and AnnouncedCounters). */
export function currentCounters(database: Database): Promise<Counters> {
  let source = sources.get(database.db);
  if (!source) {
    const reads = new FreshReads(database.db);
    const client = (database.db as unknown as { $client?: Partial<Listener> }).$client;
    source =
      database.kind === "pglite" && typeof client?.listen === "function"
        ? new AnnouncedCounters(client as Listener, reads)
        : { current: () => reads.read() };
    sources.set(database.db, source);
  }
  return source.current();
}

const perRequest = new WeakMap<object, Promise<Counters>>();

/** The counters as this request sees them: read once per request, on first use. */
export function requestCounters(c: Context): Promise<Counters> {
  let counters = perRequest.get(c);
  if (!counters) {
    counters = currentCounters(c.get("deps").database);
    perRequest.set(c, counters);
  }
  return counters;
}
