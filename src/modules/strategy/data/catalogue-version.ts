import type { Database, Db } from "../../../platform/db/database";
import { catalogueVersion } from "./catalogue";

const versionReads = new WeakMap<object, Promise<number>>();

/**
 * The change counter, read once for all requests that arrive while a read is under way (under
 * load, fifty requests then cost one query). A request may so share a read that began a moment
 * before it arrived; a change committed before that read began is always seen.
 */
function sharedVersion(db: Db): Promise<number> {
  const pending = versionReads.get(db);
  if (pending) return pending;
  const read = catalogueVersion(db).finally(() => versionReads.delete(db));
  versionReads.set(db, read);
  return read;
}

interface Listener {
  listen(channel: string, callback: () => void): Promise<unknown>;
}

/**
 * The embedded database is used by one process only, and announces every committed change of the
 * catalogue (NOTIFY strategy_catalogue, from the same trigger that moves the counter on) before
 * the write returns. So this process may keep the counter it read until an announcement comes,
 * instead of reading it for every request.
 */
class AnnouncedVersion {
  private known: number | undefined;
  private announcements = 0;
  private readonly listening: Promise<unknown>;

  constructor(
    client: Listener,
    private readonly db: Db,
  ) {
    this.listening = client.listen("strategy_catalogue", () => {
      this.announcements += 1;
      this.known = undefined;
    });
  }

  async current(): Promise<number> {
    await this.listening;
    if (this.known !== undefined) return this.known;
    const seen = this.announcements;
    const version = await sharedVersion(this.db);
    // Keep it only if no change was announced while it was read.
    if (seen === this.announcements) this.known = version;
    return version;
  }
}

const announced = new WeakMap<object, AnnouncedVersion | null>();

function announcedVersion(database: Database): AnnouncedVersion | null {
  if (database.kind !== "pglite") return null;
  let entry = announced.get(database.db);
  if (entry === undefined) {
    const client = (database.db as unknown as { $client?: Partial<Listener> }).$client;
    entry = typeof client?.listen === "function" ? new AnnouncedVersion(client as Listener, database.db) : null;
    announced.set(database.db, entry);
  }
  return entry;
}

/** The catalogue's change counter now, as cheaply as the database allows. */
export function currentCatalogueVersion(database: Database): Promise<number> {
  return announcedVersion(database)?.current() ?? sharedVersion(database.db);
}
