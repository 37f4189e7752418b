import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { Database, Db, Executor } from "../db/database";
import { changeCounters } from "./schema";

/** The platform's change counters (see schema.ts): what each in-memory cache checks before it answers. */
export interface Counters {
  identity: number;
  /** Every strategy table (the strategy module's catalogue). */
  catalogue: number;
  budget: number;
  /** Where voters vote and their ballots (budget module): a person's ballot page. */
  voters: number;
  panel: number;
  /** Arena entries, their supports, offers, consortia and states. */
  arena: number;
  /** Comments on any object (comments module). */
  comments: number;
  /** Reports, hidden content and blocked accounts (moderation module). */
  moderation: number;
  /** Indicator definitions, logic models, observations and data sources (monitoring module). */
  monitoring: number;
  /** Events, their groups and documentation (workshops module); not registrations. */
  workshops: number;
  /**
   * Participation processes, their phases and drafts, the Arena entries submitted to their idea
   * calls, and the supports of and answers to comments on a draft (participation module); the
   * migrations name every table that moves it.
   */
  participation: number;
}

const names = [
  "identity",
  "catalogue",
  "budget",
  "voters",
  "panel",
  "arena",
  "comments",
  "moderation",
  "monitoring",
  "workshops",
  "participation",
] as const;

async function readCounters(db: Db): Promise<Counters> {
  const rows = await db.select({ name: changeCounters.name, version: changeCounters.version }).from(changeCounters);
  const counters: Counters = {
    identity: 0,
    catalogue: 0,
    budget: 0,
    voters: 0,
    panel: 0,
    arena: 0,
    comments: 0,
    moderation: 0,
    monitoring: 0,
    workshops: 0,
    participation: 0,
  };
  for (const row of rows) {
    const name = names.find((n) => n === row.name);
    if (name) counters[name] = row.version;
  }
  return counters;
}

/** One counter as the given executor sees it (inside a transaction: with its own changes). */
export async function readCounter(db: Executor, name: keyof Counters): Promise<number> {
  const [row] = await db
    .select({ version: changeCounters.version })
    .from(changeCounters)
    .where(eq(changeCounters.name, name));
  return row?.version ?? 0;
}

/**
 * One read for every request that arrives while a read is under way, but never a read that began
 * before the request arrived: a request that finds a read running waits for the next one, which
 * starts when the running one ends. So every change committed before a request arrived (a logout
 * answered a moment ago by another process, say) is seen by it, and under load fifty requests
 * still cost one or two tiny queries.
 */
class FreshReads<T> {
  private running: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  constructor(private readonly readNow: () => Promise<T>) {}

  read(): Promise<T> {
    if (!this.running) {
      const started = this.readNow().finally(() => {
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
 * The embedded database serves one process only and announces every committed change (NOTIFY on
 * the channel, from the trigger that counts up) before the write returns, so the value read is
 * kept until an announcement comes instead of being read for every request.
 */
class AnnouncedReads<T> {
  private known: { value: T } | undefined;
  private announcements = 0;
  private readonly listening: Promise<unknown>;

  constructor(
    client: Listener,
    channel: string,
    private readonly reads: FreshReads<T>,
  ) {
    this.listening = client.listen(channel, () => {
      this.announcements += 1;
      this.known = undefined;
    });
  }

  async current(): Promise<T> {
    await this.listening;
    if (this.known) return this.known.value;
    const seen = this.announcements;
    const value = await this.reads.read();
    if (seen === this.announcements) this.known = { value };
    return value;
  }
}

const sources = new WeakMap<object, Map<string, { current(): Promise<unknown> }>>();

/**
 * A change counter as cheaply as the database allows (see FreshReads and AnnouncedReads): `read`
 * reads it from the database, `channel` is where its trigger announces a change. One source per
 * database and channel.
 */
function sharedCounter<T>(database: Database, channel: string, read: (db: Db) => Promise<T>): Promise<T> {
  let bySource = sources.get(database.db);
  if (!bySource) {
    bySource = new Map();
    sources.set(database.db, bySource);
  }
  let source = bySource.get(channel);
  if (!source) {
    const reads = new FreshReads(() => read(database.db));
    const client = (database.db as unknown as { $client?: Partial<Listener> }).$client;
    source =
      database.kind === "pglite" && typeof client?.listen === "function"
        ? new AnnouncedReads(client as Listener, channel, reads)
        : { current: () => reads.read() };
    bySource.set(channel, source);
  }
  return source.current() as Promise<T>;
}

/** The platform's counters now. */
export function currentCounters(database: Database): Promise<Counters> {
  return sharedCounter(database, "platform_changes", readCounters);
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
