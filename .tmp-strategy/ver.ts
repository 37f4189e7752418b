import { eq, sql } from "drizzle-orm";
import { createTestApp } from "../tests/support/app";
import { catalogueVersion } from "../src/modules/strategy/data/catalogue";
import { catalogueState } from "../src/modules/strategy/data/schema";
const t = await createTestApp();
const db = t.deps.database.db;
const prepared = db.select({ version: catalogueState.version }).from(catalogueState).where(eq(catalogueState.id, sql.placeholder("id"))).prepare("strategy_catalogue_version");
for (let round = 0; round < 3; round++) {
  let t0 = performance.now();
  for (let i = 0; i < 2000; i++) await catalogueVersion(db);
  const a = (performance.now() - t0) / 2000;
  t0 = performance.now();
  for (let i = 0; i < 2000; i++) await prepared.execute({ id: "catalogue" });
  const b = (performance.now() - t0) / 2000;
  t0 = performance.now();
  for (let i = 0; i < 2000; i++) await t.app.request("/health");
  const c = (performance.now() - t0) / 2000;
  console.log("builder", a.toFixed(3), "prepared", b.toFixed(3), "health", c.toFixed(3), "ms");
}
await t.close();
