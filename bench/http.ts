/**
 * HTTP throughput of the platform against a baseline measured in the same run.
 *
 *   npx tsx bench/http.ts            (about 5 s per measurement, 10 connections)
 *   BENCH_SECONDS=10 npx tsx bench/http.ts
 *
 * The application runs on a fresh PGlite database; the baseline replays its answers
 * (bench/support/paired-load.ts says how the two are measured).
 */
import { createDeps } from "../src/app/bootstrap";
import { loadConfig } from "../src/platform/config/config";
import { freshPglite } from "../tests/support/database";
import { failureNote, perSecond, startPairedServers } from "./support/paired-load";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 10;
const paths = ["/", "/api/v1/openapi.json"];

const database = await freshPglite();
const config = loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false", PORT: "3000" });
const servers = await startPairedServers(await createDeps(config, database), paths);

console.log(
  `Gemeinsam HTTP benchmark: ${connections} connections, ${seconds} s per measurement, Node ${process.version}\n`,
);
const rows = await servers.run(paths, { connections, seconds });

const pad = (value: string, width: number) => value.padStart(width);
const ms = (value: number) => value.toFixed(2);
console.log(
  `${"path".padEnd(22)}${pad("bytes", 7)} │${pad("app req/s", 10)}${pad("p50", 7)}${pad("p95", 7)} │${pad("base req/s", 11)}${pad("p50", 7)}${pad("p95", 7)} │${pad("app/base", 9)}`,
);
for (const row of rows) {
  const { path, bytes, app: a, base: b } = row;
  console.log(
    `${path.padEnd(22)}${pad(String(bytes), 7)} │${pad(perSecond(a).toFixed(0), 10)}${pad(ms(a.p50), 7)}${pad(ms(a.p95), 7)} │${pad(perSecond(b).toFixed(0), 11)}${pad(ms(b.p50), 7)}${pad(ms(b.p95), 7)} │${pad(`${(perSecond(a) / perSecond(b)).toFixed(3)}`, 9)}`,
  );
  const note = failureNote(row);
  if (note) console.log(note);
}
console.log("\nLatencies in milliseconds, exact percentiles over every response.");

servers.close();
await database.close();
