import { type SQL, sql } from "drizzle-orm";
import { type Executor, rowsOf } from "../../../platform/db/database";
import { arenaCollaborations, arenaSupports } from "./schema";

export interface ReaderState {
  supported: boolean;
  /** The reader's own offer to take part, while it is open or accepted. */
  offer: "pending" | "accepted" | null;
  following: boolean;
}

/** A signed-in reader on an entry's page. */
export interface Reader {
  entryId: string;
  accountId: string;
}

/**
 * What each reader did on an entry (a support, an offer) and whether they follow it, in one query
 * for all of them, in their order. `follows` is the notifications module's condition, given the
 * reader's account and the entry's id as columns.
 */
export async function readerStatesOf(
  db: Executor,
  readers: readonly Reader[],
  follows: (accountId: SQL, entryId: SQL) => SQL,
): Promise<ReaderState[]> {
  if (readers.length === 0) return [];
  const asked = sql.join(
    readers.map((r, i) => sql`(${i}::int, ${r.entryId}::uuid, ${r.accountId}::uuid)`),
    sql`, `,
  );
  const s = arenaSupports;
  const c = arenaCollaborations;
  const rows = await rowsOf<{ i: number; supported: boolean; offer: string | null; following: boolean }>(
    db,
    sql`select r.i,
      exists (select 1 from ${s} where ${s.entryId} = r.entry_id and ${s.accountId} = r.account_id) as supported,
      (select ${c.status} from ${c} where ${c.entryId} = r.entry_id and ${c.accountId} = r.account_id
         and ${c.status} in ('pending', 'accepted') limit 1) as offer,
      ${follows(sql`r.account_id`, sql`r.entry_id::text`)} as following
    from (values ${asked}) as r(i, entry_id, account_id)`,
  );
  const states: ReaderState[] = readers.map(() => ({ supported: false, offer: null, following: false }));
  for (const row of rows) {
    const offer = row.offer === "pending" || row.offer === "accepted" ? row.offer : null;
    states[Number(row.i)] = { supported: row.supported === true, offer, following: row.following === true };
  }
  return states;
}
