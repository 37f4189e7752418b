import { createTestApp } from "../tests/support/app";
import { seedStrategy } from "../src/modules/strategy/use-cases/seed";
const t = await createTestApp();
await seedStrategy(t.deps);
const html = await (await t.app.request("/measures/digitale-genossenschaften-fuer-quartiersdienste")).text();
const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
for (const m of main.matchAll(/.{60}\son[a-z]+=.{40}/gi)) console.log(m[0]);
await t.close();
