import { createTestApp } from "../tests/support/app";
import { seedStrategy } from "../src/modules/strategy/use-cases/seed";
const t = await createTestApp();
const t0 = Date.now();
await seedStrategy(t.deps);
console.log("seed ms", Date.now() - t0);
for (const path of ["/strategy", "/measures", "/measures?q=Wasser", "/measures?status=foo&cluster=RW", "/measures/smart-water-wasser-und-stadtgruen-klimagerecht-gestalten", "/action-fields/RW-2", "/organisations/kwb", "/districts", "/districts/pankow", "/api/v1/measures?q=wasser", "/api/v1/measures?status=foo", "/api/v1/values", "/api/v1/action-fields", "/api/v1/organisations?pageSize=3", "/measures/export.csv?cluster=RW", "/measures/export.json?pilot=true", "/api/v1/measures/kiezbox-2-0-daten-in-alltag-und-krise?lang=en"]) {
  const r = await t.app.request(path);
  const body = await r.text();
  console.log(path, r.status, body.length, r.status >= 400 || path.includes("api") || path.includes("export") ? body.slice(0, 400) : "");
}
await t.close();
