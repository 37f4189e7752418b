import { sql } from "drizzle-orm";
import { mkdtempSync } from "node:fs";
import { createDeps } from "../src/app/bootstrap";
import { loadConfig } from "../src/app/config";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import { seedCatalogue } from "../bench/strategy";
import { cachedReference } from "../src/modules/strategy/data/catalogue";
import { readListQuery } from "../src/modules/strategy/http/filters";
import { listMeasuresQuery, countMatching } from "../src/modules/strategy/data/measures";
const db0 = await openDatabase({ dataDir: mkdtempSync("/tmp/plan-") });
await migrate(db0);
const deps = await createDeps(loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false" }), db0);
await seedCatalogue(deps);
const db = deps.database.db;
const ref = await cachedReference(db);
const { filter } = readListQuery({ q: "daten", cluster: "RW" }, ref);
const q = listMeasuresQuery(db, filter, { sort: "relevance", locale: "de", limit: 20, offset: 0 });
for (let i = 0; i < 2; i++) {
const plan = (await db.execute(sql`explain (analyze, buffers) ${q}`)) as any;
console.log(plan.rows.map((r: any) => Object.values(r)[0]).join("\n"));
}
const c = (await db.execute(sql`select count(*) filter (where search @@ to_tsquery('german','daten:*')) as daten, count(*) filter (where action_field_ids && array['RW-1','RW-2','RW-3']) as rw from strategy_measures`)) as any;
console.log(c.rows);
await db0.close();
