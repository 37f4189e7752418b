/**
 * The pages residents open on a voting day, as a visitor and signed in, against a bare `node:http`
 * baseline that serves the very same bytes, measured in the same run.
 *
 *   npx tsx bench/pages.ts                                     (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/pages.ts     (PGlite, then PostgreSQL)
 *   BENCH_SECONDS=6 BENCH_ONLY=postgres npx tsx bench/pages.ts
 *
 * The demo content is seeded (the strategy, the Kiezkasse open for voting, a citizen panel). A
 * resident of Neukölln with an account signs in (a session cookie made as the login makes it).
 * Each page is loaded with 20 connections: a warm-up, then application and baseline interleaved
 * twice (bench/support/paired-load.ts), so machine noise hits both alike. Afterwards 500 requests
 * with 50 connections go to each export. Printed: requests per second, p50 and p95 in
 * milliseconds, the ratio to the baseline, the signed-in figure against the visitor's, and the
 * number of database queries one request makes, for a kept page and for one made afresh.
 *
 * Targets: every page at ≥ 0.25 of the baseline's requests per second with p95 < 50 ms; signed in
 * at ≥ 0.5 of the visitor's requests per second; every export p95 < 1 s.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { countedBudget, countedQueries, demoPages, openDemoSite } from "./support/demo-site";
import { combine, type Measurement, measure, perSecond } from "./support/paired-load";

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const connections = 20;
const EXPORT_REQUESTS = 500;
const EXPORT_CONNECTIONS = 50;

type Who = "visitor" | "resident";
interface Target {
  who: Who;
  path: string;
  headers: Record<string, string>;
}

// ---------- one run on one database ----------

interface Row {
  who: Who;
  path: string;
  bytes: number;
  /** Queries of one request for a kept page / for a page made afresh. */
  queries: string;
  app: Measurement;
  base: Measurement;
}

async function runOn(kind: "pglite" | "postgres"): Promise<{ rows: Row[]; exports: Row[] }> {
  const site = await openDemoSite(kind);
  const { appUrl, visitorHeaders, residentHeaders } = site;
  const pages = demoPages(site);
  const targets: Target[] = [];
  for (const path of pages) {
    // A visitor is asked to sign in on the ballot page; that page is measured signed in only.
    if (!path.endsWith("/vote")) targets.push({ who: "visitor", path, headers: visitorHeaders });
    targets.push({ who: "resident", path, headers: residentHeaders });
  }
  const exportPaths = [
    "/measures/export.json",
    "/measures/export.csv",
    `/budgets/${countedBudget}/results.csv`,
    `/api/v1/budgets/${countedBudget}/export.pb?heading=1`,
    `/panels/${site.panelId}/lottery.txt`,
  ];

  // Record each answer, and count the queries of one request for a kept page and of one for a
  // page made afresh (asked with a new, ignored query parameter, which the page cache has not seen).
  const recorded = new Map<string, { body: Buffer; contentType: string; queries: string }>();
  const key = (who: Who, path: string) => `/${who}${path}`;
  const queriesOf = async (url: string, headers: Record<string, string>) => {
    countedQueries.value = 0;
    await (await fetch(url, { headers, redirect: "manual" })).arrayBuffer();
    return countedQueries.value;
  };
  const record = async (who: Who, path: string, headers: Record<string, string>) => {
    await fetch(`${appUrl}${path}`, { headers });
    const made = await queriesOf(`${appUrl}${path}${path.includes("?") ? "&" : "?"}fresh=1`, headers);
    countedQueries.value = 0;
    const response = await fetch(`${appUrl}${path}`, { headers, redirect: "manual" });
    const counted = `${countedQueries.value}/${made}`;
    if (response.status !== 200) {
      console.log(`  (${who} ${path} answered ${response.status}; left out)`);
      return false;
    }
    const body = Buffer.from(await response.arrayBuffer());
    if (path.endsWith("/vote") && !body.includes('name="project"')) throw new Error("the ballot page shows no ballot");
    recorded.set(key(who, path), {
      body,
      contentType: response.headers.get("content-type") ?? "application/octet-stream",
      queries: counted,
    });
    return true;
  };
  const loaded: Target[] = [];
  for (const target of targets) if (await record(target.who, target.path, target.headers)) loaded.push(target);
  const exportsLoaded: Target[] = [];
  for (const path of exportPaths) {
    if (await record("visitor", path, visitorHeaders))
      exportsLoaded.push({ who: "visitor", path, headers: visitorHeaders });
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
  await new Promise<void>((resolve) => baseline.listen(0, "127.0.0.1", () => resolve()));
  const baseUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}`;

  const rows: Row[] = [];
  for (const { who, path, headers } of loaded) {
    const k = key(who, path);
    await measure(`${appUrl}${path}`, connections, 1, { headers });
    await measure(`${baseUrl}${k}`, connections, 1, { headers });
    const appRuns: Measurement[] = [];
    const baseRuns: Measurement[] = [];
    for (let round = 0; round < 2; round++) {
      appRuns.push(await measure(`${appUrl}${path}`, connections, seconds / 2, { headers }));
      baseRuns.push(await measure(`${baseUrl}${k}`, connections, seconds / 2, { headers }));
    }
    const entry = recorded.get(k);
    rows.push({
      who,
      path,
      bytes: entry?.body.length ?? 0,
      queries: entry?.queries ?? "",
      app: combine(appRuns),
      base: combine(baseRuns),
    });
  }
  const exports: Row[] = [];
  for (const { who, path, headers } of exportsLoaded) {
    const k = key(who, path);
    const options = { headers, amount: EXPORT_REQUESTS };
    const app1 = await measure(`${appUrl}${path}`, EXPORT_CONNECTIONS, 0, options);
    const base1 = await measure(`${baseUrl}${k}`, EXPORT_CONNECTIONS, 0, options);
    const entry = recorded.get(k);
    exports.push({ who, path, bytes: entry?.body.length ?? 0, queries: entry?.queries ?? "", app: app1, base: base1 });
  }
  baseline.close();
  await site.close();
  return { rows, exports };
}

// ---------- printing ----------

const pad = (value: string, width: number) => value.padStart(width);
const ms = (value: number) => value.toFixed(1);
const mark = (ok: boolean) => (ok ? " " : "!");

function print(kind: string, { rows, exports }: { rows: Row[]; exports: Row[] }): boolean {
  let met = true;
  console.log(`\n${kind}: ${connections} connections, ${seconds} s per page (two rounds each)\n`);
  console.log(
    `${"who".padEnd(9)}${"path".padEnd(38)}${pad("bytes", 7)}${pad("q", 6)} │${pad("app req/s", 10)}${pad("p50", 7)}${pad("p95", 7)} │${pad("base req/s", 11)}${pad("p95", 6)} │${pad("app/base", 9)}${pad("in/vis", 8)}`,
  );
  for (const row of rows) {
    const { who, path, bytes, app: a, base: b } = row;
    const ratio = perSecond(a) / perSecond(b);
    const visitor = rows.find((r) => r.who === "visitor" && r.path === path);
    const toVisitor = who === "resident" && visitor ? perSecond(a) / perSecond(visitor.app) : undefined;
    const ok = ratio >= 0.25 && a.p95 < 50 && (toVisitor === undefined || toVisitor >= 0.5) && !a.non2xx && !a.errors;
    met &&= ok;
    console.log(
      `${who.padEnd(9)}${path.slice(0, 37).padEnd(38)}${pad(String(bytes), 7)}${pad(row.queries, 6)} │${pad(perSecond(a).toFixed(0), 10)}${pad(ms(a.p50), 7)}${pad(ms(a.p95), 7)} │${pad(perSecond(b).toFixed(0), 11)}${pad(ms(b.p95), 6)} │${pad(ratio.toFixed(3), 9)}${pad(toVisitor === undefined ? "" : toVisitor.toFixed(2), 8)} ${mark(ok)}`,
    );
    if (a.non2xx || a.errors) console.log(`  ! non-2xx ${a.non2xx}, errors ${a.errors}`);
  }
  console.log(`\nExports: ${EXPORT_REQUESTS} requests, ${EXPORT_CONNECTIONS} connections\n`);
  console.log(
    `${"path".padEnd(47)}${pad("bytes", 8)}${pad("q", 6)} │${pad("app req/s", 10)}${pad("p50", 8)}${pad("p95", 8)} │${pad("base p95", 9)}`,
  );
  for (const row of exports) {
    const ok = row.app.p95 < 1000 && !row.app.non2xx && !row.app.errors;
    met &&= ok;
    console.log(
      `${row.path.slice(0, 46).padEnd(47)}${pad(String(row.bytes), 8)}${pad(row.queries, 6)} │${pad(perSecond(row.app).toFixed(0), 10)}${pad(ms(row.app.p50), 8)}${pad(ms(row.app.p95), 8)} │${pad(ms(row.base.p95), 9)} ${mark(ok)}`,
    );
    if (row.app.non2xx || row.app.errors) console.log(`  ! non-2xx ${row.app.non2xx}, errors ${row.app.errors}`);
  }
  return met;
}

console.log(
  `Gemeinsam pages benchmark, Node ${process.version}. Latencies in ms; q = database queries of one request, page kept/made afresh.`,
);
console.log("! marks a row that misses a target (≥ 0.25 of baseline, p95 < 50 ms, signed in ≥ 0.5 of visitor).");
const kinds: Array<"pglite" | "postgres"> = [];
if (process.env.BENCH_ONLY !== "postgres") kinds.push("pglite");
if (process.env.BENCH_DATABASE_URL && process.env.BENCH_ONLY !== "pglite") kinds.push("postgres");
let allMet = true;
for (const kind of kinds) {
  const result = await runOn(kind);
  allMet = print(kind === "pglite" ? "Embedded database (PGlite)" : "PostgreSQL", result) && allMet;
}
if (!process.env.BENCH_DATABASE_URL) console.log("\n(PostgreSQL skipped: set BENCH_DATABASE_URL to include it.)");
console.log(allMet ? "\nAll targets met." : "\nSome targets missed (rows marked !).");
process.exit(0);
