import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../tests/support/database";
import { type Database, rowsOf } from "../../../platform/db/database";
import type { EntryState } from "../domain/workflow";
import { arenaEntries } from "./schema";
import { supportPairKey, writeSupports } from "./supports";

const now = new Date("2026-05-01T08:00:00Z");

describe.each(testDatabaseKinds)("supports written in one statement on $kind", ({ open }) => {
  let database: Database;

  beforeAll(async () => {
    database = await open();
  }, 120_000);
  afterAll(async () => database?.close());

  async function entry(fields: { state?: EntryState; hiddenReason?: string } = {}) {
    const [row] = await database.db
      .insert(arenaEntries)
      .values({
        kind: "idea",
        title: "Mehr Trinkbrunnen im Kiez",
        problem: "Im Sommer fehlt Wasser.",
        createdAt: now,
        updatedAt: now,
        stateChangedAt: now,
        ...fields,
      })
      .returning({ id: arenaEntries.id, number: arenaEntries.number });
    if (!row) throw new Error("no entry");
    return row;
  }

  /** Entries whose count beside them differs from their rows (none, always). */
  async function drifted(ids: readonly string[]) {
    const rows = await rowsOf<{ id: string; counted: number; rows: number }>(
      database.db,
      sql`select e.id, e.support_count as counted, (select count(*)::int from arena_supports s where s.entry_id = e.id) as rows
          from arena_entries e where e.id in (${sql.join(
            ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
    return rows.filter((row) => row.counted !== row.rows);
  }

  async function countOf(id: string) {
    const [row] = await database.db
      .select({ n: arenaEntries.supportCount })
      .from(arenaEntries)
      .where(eq(arenaEntries.id, id));
    return row?.n;
  }

  it("adds each pair once, answers the pairs it added and moves every count by them", async () => {
    const [a, b] = [await entry(), await entry()];
    const [anna, ben] = [randomUUID(), randomUUID()];
    const first = await database.db.transaction((tx) =>
      writeSupports(tx, "add", [
        { number: a.number, accountId: anna, createdAt: now },
        { number: a.number, accountId: anna, createdAt: now },
        { number: a.number, accountId: ben, createdAt: now },
        { number: b.number, accountId: ben, createdAt: now },
      ]),
    );
    expect(first.changed).toEqual(
      new Set([
        supportPairKey({ entryId: a.id, accountId: anna }),
        supportPairKey({ entryId: a.id, accountId: ben }),
        supportPairKey({ entryId: b.id, accountId: ben }),
      ]),
    );
    expect(first.targets.map((t) => t.number).sort()).toEqual([a.number, b.number].sort());
    const again = await writeSupports(database.db, "add", [{ number: a.number, accountId: anna, createdAt: now }]);
    expect(again.changed.size).toBe(0);
    expect([await countOf(a.id), await countOf(b.id)]).toEqual([2, 1]);

    const withdrawn = await writeSupports(database.db, "remove", [
      { number: a.number, accountId: anna, createdAt: now },
      { number: b.number, accountId: anna, createdAt: now },
    ]);
    expect(withdrawn.changed).toEqual(new Set([supportPairKey({ entryId: a.id, accountId: anna })]));
    expect([await countOf(a.id), await countOf(b.id)]).toEqual([1, 1]);
    expect(await drifted([a.id, b.id])).toEqual([]);
  });

  it("writes nothing for a hidden, closed or unknown entry, and still lets a support of a closed one go", async () => {
    const hidden = await entry({ hiddenReason: "Spam" });
    const closed = await entry({ state: "accepted" });
    const person = randomUUID();
    const added = await writeSupports(database.db, "add", [
      { number: hidden.number, accountId: person, createdAt: now },
      { number: closed.number, accountId: person, createdAt: now },
      { number: 999_999_998, accountId: person, createdAt: now },
    ]);
    expect(added.changed.size).toBe(0);
    expect(added.targets.map((t) => [t.number, t.state, t.hiddenReason]).sort()).toEqual(
      [
        [hidden.number, "submitted", "Spam"],
        [closed.number, "accepted", null],
      ].sort(),
    );
    expect([await countOf(hidden.id), await countOf(closed.id)]).toEqual([0, 0]);

    // A support given before the entry got its answer may be withdrawn afterwards.
    await database.db.execute(
      sql`insert into arena_supports (entry_id, account_id, created_at) values (${closed.id}, ${person}, ${now.toISOString()})`,
    );
    await database.db.update(arenaEntries).set({ supportCount: 1 }).where(eq(arenaEntries.id, closed.id));
    const withdrawn = await writeSupports(database.db, "remove", [
      { number: closed.number, accountId: person, createdAt: now },
    ]);
    expect(withdrawn.changed).toEqual(new Set([supportPairKey({ entryId: closed.id, accountId: person })]));
    expect(await countOf(closed.id)).toBe(0);
  });

  it("keeps every count equal to its rows through any sequence of batches", async () => {
    const entries = [await entry(), await entry(), await entry()];
    const people = Array.from({ length: 4 }, () => randomUUID());
    const batch = fc.array(fc.record({ entry: fc.constantFrom(...entries), person: fc.constantFrom(...people) }), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom("add" as const, "remove" as const), batch)), async (steps) => {
        for (const [change, pairs] of steps)
          await writeSupports(
            database.db,
            change,
            pairs.map((p) => ({ number: p.entry.number, accountId: p.person, createdAt: now })),
          );
        expect(await drifted(entries.map((e) => e.id))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it("lets batches over the same entries in opposite orders run at once without a deadlock or a lost count", async () => {
    const entries = await Promise.all(Array.from({ length: 6 }, () => entry()));
    const people = Array.from({ length: 20 }, () => randomUUID());
    const batches = people.map((person, i) => {
      const order = i % 2 === 0 ? entries : [...entries].reverse();
      return order.map((e) => ({ number: e.number, accountId: person, createdAt: now }));
    });
    await Promise.all(batches.map((asked) => database.db.transaction((tx) => writeSupports(tx, "add", asked))));
    expect(await Promise.all(entries.map((e) => countOf(e.id)))).toEqual(entries.map(() => people.length));
    expect(await drifted(entries.map((e) => e.id))).toEqual([]);
  });
});
