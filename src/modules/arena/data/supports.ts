import { eq, type SQL, sql } from "drizzle-orm";
import { type Executor, rowsOf } from "../../../platform/db/database";
import { type SupportChange, supportClosedStates } from "../domain/support";
import { arenaEntries, arenaSupports } from "./schema";

/** An account's support of the entry with this number, asked for (added or withdrawn). */
export interface AskedSupport {
  number: number;
  accountId: string;
  createdAt: Date;
}

/** An entry a batch asked about, as it was when the batch locked it. */
export interface SupportTarget {
  id: string;
  number: number;
  state: string;
  hiddenReason: string | null;
}

export interface SupportsWritten {
  /** The entries asked about that exist, whether or not they could be supported. */
  targets: SupportTarget[];
  /** The pairs really added or removed, as `supportPairKey`. */
  changed: Set<string>;
}

const pairKey = (pair: { entryId: string; accountId: string }) => `${pair.entryId}|${pair.accountId}`;

/**
 * Adds or withdraws supports and moves the counts beside the entries, in one statement (one round
 * trip for a whole batch, see ADR 0022):
 *
 * - the entries asked about are locked in the order of their ids, so two processes writing batches
 *   at once cannot deadlock (`no key update` is the lock the count's update takes anyway; unlike
 *   `for update` it does not block inserts that merely refer to the entry);
 * - only entries that `supportRefusal` allows get a change (visible and, when adding, not closed);
 * - a pair already there (double click, retry, two requests at once) finds the primary key taken and
 *   changes nothing; a pair not there is not withdrawn; either way its count stays;
 * - each count moves by the rows the statement really added or removed, so it always equals the rows.
 *
 * Answers the entries found (the caller tells the missing, hidden and closed ones apart with the
 * same rules) and the pairs changed.
 */
export async function writeSupports(
  tx: Executor,
  change: SupportChange,
  asked: readonly AskedSupport[],
): Promise<SupportsWritten> {
  if (asked.length === 0) return { targets: [], changed: new Set() };
  const values = sql.join(
    asked.map((a) => sql`(${a.number}::int, ${a.accountId}::uuid, ${a.createdAt.toISOString()}::timestamptz)`),
    sql`, `,
  );
  const add = change === "add";
  const closed = sql.join(
    supportClosedStates.map((state) => sql`${state}`),
    sql`, `,
  );
  // The statement's half of `supportRefusal` (domain/support.ts): what it refuses is not written.
  const open: SQL = add ? sql`t.hidden_reason is null and t.state not in (${closed})` : sql`t.hidden_reason is null`;
  const written = add
    ? sql`insert into ${arenaSupports} (entry_id, account_id, created_at)
        select distinct on (t.id, a.account_id) t.id, a.account_id, a.created_at
        from asked a join target t on t.number = a.number where ${open}
        on conflict do nothing returning entry_id, account_id`
    : sql`delete from ${arenaSupports} s using asked a, target t
        where t.number = a.number and ${open} and s.entry_id = t.id and s.account_id = a.account_id
        returning s.entry_id, s.account_id`;
  const rows = await rowsOf<SupportTarget & { changed: string[] | null }>(
    tx,
    sql`with asked(number, account_id, created_at) as (values ${values}),
      target as (
        select id, number, state, hidden_reason from ${arenaEntries}
        where number in (select number from asked) order by id for no key update),
      written as (${written}),
      moved as (
        update ${arenaEntries} e set support_count = greatest(0, e.support_count + c.n)
        from (select entry_id, ${add ? sql`count(*)` : sql`-count(*)`}::int as n from written group by entry_id) c
        where e.id = c.entry_id)
      select t.id, t.number, t.state, t.hidden_reason as "hiddenReason",
        (select json_agg(w.account_id) from written w where w.entry_id = t.id) as changed
      from target t`,
  );
  return {
    targets: rows.map(({ changed: _, ...target }) => ({ ...target, number: Number(target.number) })),
    changed: new Set(
      rows.flatMap((row) => (row.changed ?? []).map((accountId) => pairKey({ entryId: row.id, accountId }))),
    ),
  };
}

/** The key of a pair in the set `writeSupports` answers. */
export { pairKey as supportPairKey };

export async function supportsOfAccount(db: Executor, accountId: string) {
  return db
    .select({ number: arenaEntries.number, title: arenaEntries.title, createdAt: arenaSupports.createdAt })
    .from(arenaSupports)
    .innerJoin(arenaEntries, eq(arenaEntries.id, arenaSupports.entryId))
    .where(eq(arenaSupports.accountId, accountId));
}

/**
 * Erasing an account removes its supports (a support is nothing but the person's name on the
 * entry) and lowers the counts with them.
 */
export async function removeSupportsOfAccount(tx: Executor, accountId: string): Promise<void> {
  await tx.execute(sql`
    with removed as (delete from ${arenaSupports} where account_id = ${accountId} returning entry_id)
    update ${arenaEntries} e set support_count = greatest(0, e.support_count - r.n)
    from (select entry_id, count(*)::int as n from removed group by entry_id) r where e.id = r.entry_id`);
}
