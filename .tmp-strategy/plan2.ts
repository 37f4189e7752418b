import { sql } from "drizzle-orm";
import { PGlite } from "@electric-sql/pglite";
import { createDeps } from "../src/app/bootstrap";
import { loadConfig } from "../src/app/config";
import { wrapPglite } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import { seedCatalogue } from "../bench/strategy";
import { mkdtempSync } from "node:fs";
const client = await PGlite.create(mkdtempSync("/tmp/plan-") + "/pglite");
const db0 = wrapPglite(client);
await migrate(db0);
const deps = await createDeps(loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false" }), db0);
await seedCatalogue(deps);
const db = deps.database.db;
async function time(label: string, f: () => Promise<unknown>, n = 8) {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); await f(); ts.push(performance.now() - t0); }
  console.log(label.padEnd(30), ts.map((x) => x.toFixed(1)).join(" "));
}
const q = "select id from strategy_measures where search @@ (to_tsquery('german','wasser:*') || to_tsquery('english','wasser:*'))";
await time("raw query seq", () => client.query(q));
await time("raw exec seq", () => client.exec(q));
await client.exec("set enable_seqscan = off");
await time("raw query idx", () => client.query(q));
await time("raw exec idx", () => client.exec(q));
await time("raw query params idx", () => client.query("select id from strategy_measures where search @@ (to_tsquery('german',$1) || to_tsquery('english',$1))", ["wasser:*"]));
await client.exec("set enable_seqscan = on");
await time("select 1 query", () => client.query("select 1"));
await time("select 1 params", () => client.query("select $1::int", [1]));
await time("vacuum", () => client.exec("vacuum analyze strategy_measures"), 1);
await time("raw query after vacuum", () => client.query(q));
await time("select title 20 rows", () => client.query("select slug, title_de, summary_de from strategy_measures order by title_de limit 20"));
await time("select with count over", () => client.query("select slug, title_de, count(*) over() from strategy_measures order by title_de collate \"und-x-icu\" limit 20"));
await client.close();
