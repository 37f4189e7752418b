import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "../../../platform/db/migrate";
import { drawPanelNumber } from "../domain/draw";
import { parseLotteryList } from "../domain/lottery-list";
import { sha256Hex } from "../domain/sha256";

/**
 * Lists stored before the selection core's format are rewritten by the migration exactly as the
 * core publishes them, and a draw already made is redone with the core's procedure.
 */
const before = "0012_panel_list_text_and_replacements";
const dir = mkdtempSync(join(tmpdir(), "panel-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was before the list format changed. */
function olderMigrations(): string {
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string; idx: number }> };
  const cut = journal.entries.findIndex((e) => e.tag === before);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe("the migration of stored lottery lists", () => {
  it("rewrites old lists in the published format, with their SHA-256, and redraws with the published procedure", async () => {
    const client = await PGlite.create();
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: olderMigrations() });
    const now = new Date().toISOString();
    const ids = ["P-B", "P-A", "P-D", "P-C"];
    // Old format: job order, comma-joined, repeats allowed.
    const old = [["P-C", "P-D"], ["P-A", "P-B"], ["P-A", "P-C"], ["P-A", "P-B"]];
    for (const [i, name] of ["drawn", "published"].entries()) {
      const id = `00000000-0000-4000-8000-00000000000${i + 1}`;
      await db.execute(sql`insert into panels (id, name, size, lottery_size, features, status, created_at, updated_at)
        values (${id}, ${name}, 2, 4, '[]'::jsonb, ${name}, ${now}, ${now})`);
      for (const p of ids) {
        await db.execute(sql`insert into panel_volunteers (panel_id, pseudonym, features, registered_at, selected)
          values (${id}, ${p}, '{}'::jsonb, ${now}, ${name === "drawn" ? p === "P-C" || p === "P-D" : null})`);
      }
      await db.execute(sql`insert into panel_lotteries (panel_id, panels, hash, published_at, seed, drawn_index, drawn_at)
        values (${id}, ${JSON.stringify(old)}::jsonb, 'old', ${now}, ${name === "drawn" ? "3 1 4" : null},
        ${name === "drawn" ? 1 : null}, ${name === "drawn" ? now : null})`);
      await db.execute(sql`insert into panel_jobs (panel_id, kind, status, created_at, outcome)
        values (${id}, 'selection', 'succeeded', ${now}, ${JSON.stringify({ algorithm: "leximin", minProbability: 0.5, legacyMinProbability: null, distributionPanels: 3, lottery: old, ms: 1 })}::jsonb)`);
    }
    await migrate(db, { migrationsFolder });

    const expected = "1: P-A P-B\n2: P-A P-B\n3: P-A P-C\n4: P-C P-D\n";
    const rows = (await db.execute(sql`select l.list_text, l.hash, l.size, l.seed, l.drawn_index, p.name
      from panel_lotteries l join panels p on p.id = l.panel_id order by p.name`)).rows as Array<Record<string, unknown>>;
    for (const row of rows) {
      expect(row.list_text).toBe(expected);
      expect(row.hash).toBe(sha256Hex(expected));
      expect(row.size).toBe(4);
    }
    const drawn = rows.find((r) => r.name === "drawn");
    const number = drawPanelNumber(sha256Hex(expected), "3 1 4", 4);
    expect(drawn?.drawn_index).toBe(number);
    const selected = (await db.execute(sql`select v.pseudonym from panel_volunteers v join panels p on p.id = v.panel_id
      where p.name = 'drawn' and v.selected order by v.pseudonym`)).rows.map((r) => (r as { pseudonym: string }).pseudonym);
    expect(selected).toEqual(parseLotteryList(expected)[number - 1]);
    const outcomes = (await db.execute(sql`select outcome from panel_jobs`)).rows as Array<{ outcome: Record<string, unknown> }>;
    for (const { outcome } of outcomes) {
      expect(outcome).toMatchObject({ listText: expected, hash: sha256Hex(expected), lotterySize: 4 });
      expect(outcome.lottery).toBeUndefined();
    }
    await client.close();
  });
});
