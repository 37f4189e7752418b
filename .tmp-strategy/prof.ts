import { mkdtempSync } from "node:fs";
import { createApp } from "../src/app/app";
import { createDeps } from "../src/app/bootstrap";
import { loadConfig } from "../src/app/config";
import { modules } from "../src/app/modules";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import { seedCatalogue } from "../bench/strategy";
import { cachedReference, loadReference } from "../src/modules/strategy/data/catalogue";
import { readListQuery } from "../src/modules/strategy/http/filters";
import { listMeasures, countMatching } from "../src/modules/strategy/data/measures";
const db0 = await openDatabase({ dataDir: mkdtempSync("/tmp/prof-") });
await migrate(db0);
const deps = await createDeps(loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false" }), db0);
await seedCatalogue(deps);
const app = createApp(deps, modules);
const db = deps.database.db;
async function med(label: string, f: () => Promise<unknown>, n = 40) {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); await f(); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  console.log(label.padEnd(50), "p50", ts[Math.floor(n / 2)]!.toFixed(2), "min", ts[0]!.toFixed(2));
}
await med("loadReference", () => loadReference(db));
await med("cachedReference", () => cachedReference(db));
await med("list q=wasser", () => listMeasures(db, { q: "wasser" }, { sort: "relevance", locale: "de", limit: 20, offset: 0 }));
await med("count q=wasser", () => countMatching(db, { q: "wasser" }));
const ref = await cachedReference(db);
await med("list cluster RW q daten", () => listMeasures(db, readListQuery({ q: "daten", cluster: "RW" }, ref).filter, { sort: "relevance", locale: "de", limit: 20, offset: 0 }));
await med("list all title", () => listMeasures(db, {}, { sort: "title", locale: "de", limit: 20, offset: 0 }));
for (const p of ["/measures?q=wasser", "/measures?cluster=RW&q=daten", "/api/v1/measures?q=klima", "/measures?actionField=IS-1&value=cooperative&sort=updated&page=3", "/health"]) {
  await med(`GET ${p}`, async () => { const r = await app.request(p); await r.text(); });
}
await db0.close();
