/**
 * HTTP throughput of the platform against a baseline measured in the same run.
 *
 *   npx tsx bench/http.ts            (about 5 s per measurement, 10 connections)
 *   BENCH_SECONDS=10 npx tsx bench/http.ts
 *
 * The application runs in this process on a real @hono/node-server with a fresh PGlite database,
 * exactly as `npm start` wires it. The baseline is a bare `node:http` server in the same process
 * that answers with the very bytes the application sent for the same path. autocannon drives both,
 * interleaved (application, baseline, application, baseline …), from a worker thread, so machine
 * noise hits both sides alike. The ratio app/baseline is what to watch; absolute figures depend
 * on the machine.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { serve } from "@hono/node-server";
import { createApp } from "../src/app/app";
import { createDeps } from "../src/app/bootstrap";
import { loadConfig } from "../src/app/config";
import { modules } from "../src/app/modules";
import { freshPglite } from "../tests/support/database";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 10;
const paths = ["/", "/api/v1/openapi.json"];

interface Measurement {
  completed: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

/** Runs autocannon in a worker thread (bench/load-worker.mjs) against `url`. */
function measure(url: string, duration: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load-worker.mjs", import.meta.url), {
      workerData: { url, connections, duration },
    });
    worker.once("message", (m: Measurement) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

const perSecond = (m: Measurement) => m.completed / m.seconds;

const database = await freshPglite();
const config = loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false", PORT: "3000" });
const deps = await createDeps(config, database);
const app = createApp(deps, modules);
const appServer = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
await new Promise((resolve) => appServer.once("listening", resolve));
const appPort = (appServer.address() as AddressInfo).port;

// The baseline answers each path with the bytes and content type the application sent for it.
const recorded = new Map<string, { body: Buffer; contentType: string }>();
for (const path of paths) {
  const response = await fetch(`http://127.0.0.1:${appPort}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  recorded.set(path, {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get("content-type") ?? "application/octet-stream",
  });
}
const baseline = createServer((req, res) => {
  const entry = recorded.get(req.url ?? "");
  if (!entry) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": entry.contentType, "content-length": entry.body.length });
  res.end(entry.body);
});
const baselinePort = await listen(baseline);

console.log(
  `Gemeinsam HTTP benchmark: ${connections} connections, ${seconds} s per measurement, Node ${process.version}\n`,
);
const rows: Array<{ path: string; bytes: number; app: Measurement; base: Measurement }> = [];
for (const path of paths) {
  // A short warm-up of both, so JIT and caches are not part of the first measurement.
  await measure(`http://127.0.0.1:${appPort}${path}`, 1);
  await measure(`http://127.0.0.1:${baselinePort}${path}`, 1);
  const half = seconds / 2;
  const appRuns = [];
  const baseRuns = [];
  for (let round = 0; round < 2; round++) {
    appRuns.push(await measure(`http://127.0.0.1:${appPort}${path}`, half));
    baseRuns.push(await measure(`http://127.0.0.1:${baselinePort}${path}`, half));
  }
  // Throughput adds up over both rounds; for latency the slower round's percentile is reported.
  const combine = (runs: Measurement[]): Measurement => ({
    completed: runs.reduce((s, r) => s + r.completed, 0),
    seconds: runs.reduce((s, r) => s + r.seconds, 0),
    p50: Math.max(...runs.map((r) => r.p50)),
    p95: Math.max(...runs.map((r) => r.p95)),
    p99: Math.max(...runs.map((r) => r.p99)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
  });
  rows.push({ path, bytes: recorded.get(path)?.body.length ?? 0, app: combine(appRuns), base: combine(baseRuns) });
}

const pad = (value: string, width: number) => value.padStart(width);
const ms = (value: number) => value.toFixed(2);
console.log(
  `${"path".padEnd(22)}${pad("bytes", 7)} │${pad("app req/s", 10)}${pad("p50", 7)}${pad("p95", 7)} │${pad("base req/s", 11)}${pad("p50", 7)}${pad("p95", 7)} │${pad("app/base", 9)}`,
);
for (const { path, bytes, app: a, base: b } of rows) {
  console.log(
    `${path.padEnd(22)}${pad(String(bytes), 7)} │${pad(perSecond(a).toFixed(0), 10)}${pad(ms(a.p50), 7)}${pad(ms(a.p95), 7)} │${pad(perSecond(b).toFixed(0), 11)}${pad(ms(b.p50), 7)}${pad(ms(b.p95), 7)} │${pad(`${(perSecond(a) / perSecond(b)).toFixed(3)}`, 9)}`,
  );
  if (a.non2xx || a.errors || b.non2xx || b.errors) {
    console.log(`  ! non-2xx: app ${a.non2xx}, baseline ${b.non2xx}; errors: app ${a.errors}, baseline ${b.errors}`);
  }
}
console.log("\nLatencies in milliseconds, exact percentiles over every response.");

appServer.close();
baseline.close();
await database.close();
