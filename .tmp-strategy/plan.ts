import { sql } from "drizzle-orm";
import { createDeps } from "../src/app/bootstrap";
import { loadConfig } from "../src/app/config";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import { seedCatalogue } from "../bench/strategy";
import { mkdtempSync } from "node:fs";
const db0 = await openDatabase({ dataDir: mkdtempSync("/tmp/plan-") });
await migrate(db0);
const deps = await createDeps(loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false" }), db0);
await seedCatalogue(deps);
const db = deps.database.db;
async function time(label: string, q: any, n = 5) {
  let best = Infinity;
  for (let i = 0; i < n; i++) { const t0 = performance.now(); await db.execute(q); best = Math.min(best, performance.now() - t0); }
  console.log(label, best.toFixed(2), "ms");
}
await time("count", sql`select count(*) from strategy_measures`);
await time("fts seq", sql`select id from strategy_measures where search @@ (to_tsquery('german','wasser:*') || to_tsquery('english','wasser:*'))`);
await db.execute(sql`set enable_seqscan = off`);
await time("fts idx", sql`select id from strategy_measures where search @@ (to_tsquery('german','wasser:*') || to_tsquery('english','wasser:*'))`);
const p = await db.execute(sql`explain analyze select id from strategy_measures where search @@ (to_tsquery('german','wasser:*') || to_tsquery('english','wasser:*'))`);
console.log((p as any).rows.map((r: any) => Object.values(r)[0]).join("\n"));
await db.execute(sql`set enable_seqscan = on`);
await time("select 1", sql`select 1`);
const r = await db.execute(sql`select pg_size_pretty(pg_total_relation_size('strategy_measures')) t, pg_size_pretty(pg_relation_size('strategy_measures')) h, avg(pg_column_size(search)) s, avg(pg_column_size(description_de)) d from strategy_measures`);
console.log((r as any).rows);
await db0.close();
