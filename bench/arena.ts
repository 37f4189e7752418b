/**
 * The Arena of Ideas at a city's size: the list (filtered, in each order), a search and the entry
 * page under 50 connections, as a visitor and signed in, and supports sent as fast as 50 clients
 * can, on the embedded database and on PostgreSQL. Every figure is printed beside a bare `node:http`
 * baseline that answers the very same bytes in the same run (these machines are noisy).
 *
 *   npx tsx bench/arena.ts                                          (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/arena.ts          (PGlite, then PostgreSQL)
 *   npx tsx bench/arena.ts --entries 5000 --interactions 50000      (a quick run with less data)
 *   --only postgres|pglite, --seconds 4 (per page), --support-seconds 10
 *   --supports-only: no pages, only the supports (and the list loaded beside them)
 *   --explain: no load; EXPLAIN ANALYZE of every read each page makes afresh, signed in
 *   --help: these options
 *   (or ARENA_ENTRIES, ARENA_INTERACTIONS, BENCH_ONLY, BENCH_SECONDS, ARENA_SUPPORT_SECONDS)
 *
 * Data: the demo is seeded (the strategy's action fields), then 50,000 entries with varied German
 * text and 500,000 supports and comments (60/40), skewed as attention is, go straight into the
 * tables with set-based SQL (bench/support/arena-data.ts); the counts beside the entries are set from
 * the rows. Pages: `/arena?actionField=…` in each order (newest, supports, comments, random), a
 * search `/arena?q=Radwege`, the page of a typical entry (the median number of comments) and of the
 * most discussed one. Each page is loaded with 50 connections: a warm-up, then application and
 * baseline interleaved twice (bench/support/paired-load.ts). "afresh" is one request for a page the
 * cache has not seen (the median of three), which is what the first request after any change costs
 * (and every request when nothing were kept). A signed-in entry page comes from a page kept per rights
 * with the reader's own parts put in per answer (ADR 0019), so its "q" counts the reader's own state.
 *
 * Supports: 1,000 signed-in accounts post `/arena/{number}/support` with 50 connections for 10 s, each
 * account a different open entry every time, so each acknowledged support (303) must add one row.
 * Afterwards the rows are counted and every entry's support_count compared with its rows; the
 * baseline is a bare server answering the same POST with a 303, measured in two halves between the
 * two halves of the supports (2 s each at most). Then 5 s of supports again while a visitor loads the
 * filtered list (supports leave the arena's counter alone; a page with counts is kept for at most
 * five seconds). Supports arriving together are written in one transaction and one statement
 * (ADR 0016, ADR 0022).
 *
 * Targets (from the issue): p95 < 100 ms for every page and visitor; ≥ 500 supports per second with
 * none lost. Exits non-zero on lost or drifted supports and on failed requests, not on missed targets.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { sql } from "drizzle-orm";
import { users } from "../src/platform/identity/schema";
import { createSession } from "../src/platform/identity/sessions";
import { fillArena, volumeOf } from "./support/arena-data";
import { countedQueries, type DemoSite, openDemoSite, recordedQueries } from "./support/demo-site";
import { combine, type Measurement, measure, perSecond } from "./support/paired-load";
import { get, option, settle } from "./support/run";

// ---------- options ----------

if (process.argv.includes("--help")) {
  console.log(`Usage: [BENCH_DATABASE_URL=postgres://…] npx tsx bench/arena.ts [options]

  --entries N            entries to fill (ARENA_ENTRIES, default 50000)
  --interactions N       supports and comments to fill, 60/40 (ARENA_INTERACTIONS, default 500000)
  --only pglite|postgres one database only (BENCH_ONLY); PostgreSQL needs BENCH_DATABASE_URL
  --seconds S            load per page (BENCH_SECONDS, default 4)
  --support-seconds S    load of supports (ARENA_SUPPORT_SECONDS, default 10)
  --supports-only        skip the pages, measure only the supports (ARENA_SUPPORTS_ONLY=1)
  --explain              no load: EXPLAIN ANALYZE of every read each page makes afresh (ARENA_EXPLAIN=1)`);
  process.exit(0);
}

const ENTRIES = Number(option("entries", "ARENA_ENTRIES", "50000"));
const INTERACTIONS = Number(option("interactions", "ARENA_INTERACTIONS", "500000"));
const SECONDS = Number(option("seconds", "BENCH_SECONDS", "4"));
const SUPPORT_SECONDS = Number(option("support-seconds", "ARENA_SUPPORT_SECONDS", "10"));
const ONLY = option("only", "BENCH_ONLY", "");
const EXPLAIN = process.argv.includes("--explain") || process.env.ARENA_EXPLAIN === "1";
const SUPPORTS_ONLY = process.argv.includes("--supports-only") || process.env.ARENA_SUPPORTS_ONLY === "1";
const CONNECTIONS = 50;
const SUPPORTERS = 1_000;
const P95_TARGET_MS = 100;
const SUPPORTS_TARGET = 500;

type Who = "visitor" | "resident";
type RowsOf = <T>(query: ReturnType<typeof sql>) => Promise<T[]>;

interface PageRow {
  who: Who;
  label: string;
  path: string;
  bytes: number;
  /** Queries of one request for a kept page / for one made afresh. */
  queries: string;
  /** One request for a page not kept, in ms (median of three). */
  afresh: number;
  /** Seconds the application needed after its load ended to work off the requests still queued. */
  backlog: number;
  app: Measurement;
  base: Measurement;
}

interface SupportRun {
  sent: number;
  seconds: number;
  statuses: Record<string, number>;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Every answer's time in ms, sorted. */
  times: number[];
}

interface SupportResult {
  run: SupportRun;
  base: SupportRun;
  acknowledged: number;
  added: number;
  lost: number;
  drifted: number;
  rowsAfter: number;
  countsAfter: number;
  /** Supports while a visitor loads the list, and that list's figures. */
  mixed: { run: SupportRun; list: Measurement; listPath: string; acknowledged: number; lost: number };
}

interface Result {
  kind: "pglite" | "postgres";
  filled: { entries: number; supports: number; comments: number; seconds: number };
  notes: string[];
  rows: PageRow[];
  supports: SupportResult;
}

function supportLoad(
  baseUrl: string,
  seconds: number,
  accounts: string[],
  numbers: number[],
  csrf: string,
  start = 0,
): Promise<SupportRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./arena-support-worker.mjs", import.meta.url), {
      workerData: { baseUrl, connections: CONNECTIONS, seconds, accounts, numbers, csrf, start },
    });
    worker.once("message", (m: SupportRun) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/** Runs of supports one after the other, as one: their counts added, percentiles over all answers. */
function combineSupportRuns(runs: SupportRun[]): SupportRun {
  const times = runs.flatMap((r) => r.times).sort((a, b) => a - b);
  const at = (q: number) =>
    times.length ? (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number) : Number.NaN;
  const statuses: Record<string, number> = {};
  for (const run of runs)
    for (const [status, n] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  return {
    sent: runs.reduce((sum, r) => sum + r.sent, 0),
    seconds: runs.reduce((sum, r) => sum + r.seconds, 0),
    statuses,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    times,
  };
}

/**
 * Like `combine`, but latency is only reported where it could be observed: when a round answered
 * fewer than twice as many requests as there are connections, the queue never turned over (the
 * requests still waiting when it ended are not in the figures), so its percentiles are "∞" and the
 * table shows the wait Little's law gives instead (connections ÷ requests per second).
 */
function worst(runs: Measurement[]): Measurement {
  const all = combine(runs);
  const unseen = runs.some((r) => r.completed < 2 * CONNECTIONS || Number.isNaN(r.p95));
  if (!unseen) return all;
  return { ...all, p50: Number.POSITIVE_INFINITY, p95: Number.POSITIVE_INFINITY, p99: Number.POSITIVE_INFINITY };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

// ---------- plans ----------

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  Plans?: PlanNode[];
}

function scans(node: PlanNode): string[] {
  const here =
    node["Relation Name"] !== undefined
      ? [`${node["Node Type"]} ${node["Relation Name"]}${node["Index Name"] ? ` (${node["Index Name"]})` : ""}`]
      : [];
  return [...here, ...(node.Plans ?? []).flatMap(scans)];
}

/** Every query one request makes, run again under EXPLAIN ANALYZE: execution time and scans. */
async function explainRequest(site: DemoSite, label: string, request: () => Promise<Response>): Promise<void> {
  const client = (
    site.database.db as unknown as { $client: { query: (text: string, params: unknown[]) => Promise<unknown> } }
  ).$client;
  recordedQueries.list = [];
  const response = await request();
  await response.arrayBuffer();
  const queries = recordedQueries.list.filter((q) => /^\s*(select|with)\b/i.test(q.text));
  recordedQueries.list = null;
  let total = 0;
  const lines: string[] = [];
  for (const query of queries) {
    const result = (await client.query(`explain (analyze, format json) ${query.text}`, query.params)) as {
      rows: Array<Record<string, unknown>>;
    };
    const cell = Object.values(result.rows[0] ?? {})[0];
    const [plan] = (typeof cell === "string" ? JSON.parse(cell) : cell) as Array<{
      Plan: PlanNode;
      "Execution Time": number;
    }>;
    if (!plan) continue;
    total += plan["Execution Time"];
    const shown = query.text.replace(/\s+/g, " ").slice(0, 110);
    lines.push(
      `  ${plan["Execution Time"].toFixed(2).padStart(8)} ms  ${shown}\n              ${scans(plan.Plan).join(", ") || "(no table)"}`,
    );
  }
  console.log(`\n${label} (${response.status}; ${queries.length} reads, ${total.toFixed(1)} ms in the database)`);
  for (const line of lines) console.log(line);
}

// ---------- one run on one database ----------

async function runOn(kind: "pglite" | "postgres"): Promise<Result | undefined> {
  const site: DemoSite = await openDemoSite(kind);
  const db = site.database.db;
  // Dropping the database at the end ends connections that requests whose clients gave up may
  // still hold; the pool reports that as an error, which is not one of the application.
  const pool = (db as unknown as { $client?: { on?: (event: string, listener: () => void) => void } }).$client;
  if (kind === "postgres" && typeof pool?.on === "function") pool.on("error", () => {});
  const rowsOf: RowsOf = async <T>(query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const volume = volumeOf(ENTRIES, INTERACTIONS);
  console.log(
    `\n[${kind}] filling the arena: ${volume.entries} entries, ${volume.supports} supports, ${volume.comments} comments, ${volume.accounts} accounts …`,
  );
  const filled = await fillArena(site.database, volume);
  console.log(
    `[${kind}] filled in ${filled.seconds.toFixed(0)} s: ${filled.entries} entries, ${filled.supports} supports, ${filled.comments} comments`,
  );

  // The filter: the action field with the most entries (the list's worst case for a filter).
  const [field] = await rowsOf<{ id: string; n: number }>(
    sql`select f as id, count(*)::int as n from arena_entries, unnest(action_field_ids) f group by f order by 2 desc limit 1`,
  );
  const [typical] = await rowsOf<{ number: number; comments: number; supports: number }>(
    sql`select number, comment_count as comments, support_count as supports from arena_entries
        where not demo and hidden_reason is null order by comment_count, number offset ${Math.floor(filled.entries / 2)} limit 1`,
  );
  const [top] = await rowsOf<{ number: number; comments: number; supports: number }>(
    sql`select number, comment_count as comments, support_count as supports from arena_entries
        where hidden_reason is null order by comment_count desc, number limit 1`,
  );
  const [found] = await rowsOf<{ n: number }>(
    sql`select count(*)::int as n from arena_entries where search @@ to_tsquery('german', 'Radwege')`,
  );
  if (!field || !typical || !top) throw new Error("the arena is empty");
  const notes = [
    `filter actionField=${field.id}: ${field.n} entries; search "Radwege": ${found?.n ?? 0} entries`,
    `typical entry #${typical.number}: ${typical.comments} comments, ${typical.supports} supports; most discussed #${top.number}: ${top.comments} comments, ${top.supports} supports`,
  ];
  for (const note of notes) console.log(`[${kind}] ${note}`);

  const list = `/arena?actionField=${encodeURIComponent(field.id)}`;
  const pages: Array<{ label: string; path: string }> = [
    { label: "list, newest", path: `${list}&sort=newest` },
    { label: "list, supports", path: `${list}&sort=supports` },
    { label: "list, comments", path: `${list}&sort=comments` },
    { label: "list, random", path: `${list}&sort=random` },
    { label: "search", path: "/arena?q=Radwege" },
    { label: "entry, typical", path: `/arena/${typical.number}` },
    { label: "entry, most discussed", path: `/arena/${top.number}` },
  ];
  const headersOf = (who: Who) => (who === "visitor" ? site.visitorHeaders : site.residentHeaders);
  if (EXPLAIN) {
    let n = 0;
    for (const { label, path } of pages) {
      const url = `${site.appUrl}${path}${path.includes("?") ? "&" : "?"}plan=${++n}`;
      await explainRequest(site, `${label}: ${path}`, () => get(url, site.residentHeaders));
    }
    await site.close();
    return undefined;
  }

  // Record each answer for the baseline, count the queries of a kept and of a fresh request, and
  // time three requests for a page the cache has not seen.
  const recorded = new Map<string, { body: Buffer; contentType: string }>();
  const key = (who: Who, path: string) => `/${who}${path}`;
  let fresh = 0;
  const freshUrl = (path: string) => `${site.appUrl}${path}${path.includes("?") ? "&" : "?"}fresh=${++fresh}`;
  const rows: PageRow[] = [];
  const baseline = createServer((req, res) => {
    if (req.method === "POST") {
      req.resume();
      req.on("end", () => res.writeHead(303, { location: "/arena/1?done=supported#support-heading" }).end());
      return;
    }
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

  for (const { label, path } of SUPPORTS_ONLY ? [] : pages) {
    for (const who of ["visitor", "resident"] as const) {
      const headers = headersOf(who);
      const times: number[] = [];
      let made = 0;
      await (await get(`${site.appUrl}/health`, headers)).arrayBuffer();
      for (let i = 0; i < 3; i++) {
        countedQueries.value = 0;
        const t0 = performance.now();
        await (await get(freshUrl(path), headers)).arrayBuffer();
        times.push(performance.now() - t0);
        made = countedQueries.value;
      }
      await (await get(`${site.appUrl}${path}`, headers)).arrayBuffer();
      countedQueries.value = 0;
      const response = await get(`${site.appUrl}${path}`, headers, "manual");
      const body = Buffer.from(await response.arrayBuffer());
      const queries = `${countedQueries.value}/${made}`;
      if (response.status !== 200) throw new Error(`${who} ${path} answered ${response.status}`);
      recorded.set(key(who, path), {
        body,
        contentType: response.headers.get("content-type") ?? "text/html",
      });
      const appUrl = `${site.appUrl}${path}`;
      const baseGet = `${baseUrl}${key(who, path)}`;
      await measure(appUrl, CONNECTIONS, 1, { headers });
      let waited = await settle(site);
      await measure(baseGet, CONNECTIONS, 1, { headers });
      const appRuns: Measurement[] = [];
      const baseRuns: Measurement[] = [];
      for (let round = 0; round < 2; round++) {
        appRuns.push(await measure(appUrl, CONNECTIONS, SECONDS / 2, { headers }));
        waited += await settle(site);
        baseRuns.push(await measure(baseGet, CONNECTIONS, SECONDS / 2, { headers }));
      }
      const row: PageRow = {
        who,
        label,
        path,
        bytes: body.length,
        queries,
        afresh: median(times),
        app: worst(appRuns),
        base: worst(baseRuns),
        backlog: waited,
      };
      rows.push(row);
      console.log(
        `[${kind}] ${who.padEnd(8)} ${label.padEnd(22)} p95 ${row.app.p95.toFixed(1)} ms (baseline ${row.base.p95.toFixed(1)}), ${perSecond(row.app).toFixed(0)} req/s, afresh ${row.afresh.toFixed(1)} ms, backlog ${row.backlog.toFixed(1)} s`,
      );
    }
  }

  // ---------- supports ----------

  const now = site.deps.clock();
  const cookieNames = site.residentHeaders.cookie?.split("; ").map((part) => part.split("=")[0] ?? "") ?? [];
  const [csrfName, sessionName] = cookieNames;
  const supporters = await db
    .insert(users)
    .values(
      Array.from({ length: SUPPORTERS }, (_, i) => ({
        email: `arena-supporter-${i}@example.invalid`,
        emailVerifiedAt: now,
        displayName: `Unterstützerin ${i}`,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning({ id: users.id });
  const accounts: string[] = [];
  for (const { id } of supporters) {
    const token = await createSession(db, id, now, site.deps.random);
    accounts.push(`${csrfName}=arena-supporters; ${sessionName}=${token}`);
  }
  const form = await (await get(`${site.appUrl}/arena/${typical.number}`, { cookie: accounts[0] as string })).text();
  const csrf = form.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!csrf) throw new Error("no CSRF token on the entry page");
  const numbers = (
    await rowsOf<{ number: number }>(
      sql`select number from arena_entries where state not in ('accepted', 'declined') and hidden_reason is null
          order by md5(id::text) limit 2000`,
    )
  ).map((r) => Number(r.number));
  const totals = async () => {
    const [row] = await rowsOf<{ rows: number; counted: number }>(
      sql`select (select count(*) from arena_supports)::int as rows, (select sum(support_count) from arena_entries)::int as counted`,
    );
    return { rows: Number(row?.rows), counted: Number(row?.counted) };
  };
  const before = await totals();
  console.log(`[${kind}] supports: ${SUPPORTERS} accounts, ${numbers.length} open entries, ${SUPPORT_SECONDS} s …`);
  // Application and baseline interleaved twice, so a change in the machine's load between them
  // moves both; each half goes on where the one before stopped, so every pair stays new.
  const appRuns: SupportRun[] = [];
  const baseRuns: SupportRun[] = [];
  for (let round = 0; round < 2; round++) {
    const sentSoFar = appRuns.reduce((sum, r) => sum + r.sent, 0);
    appRuns.push(await supportLoad(site.appUrl, SUPPORT_SECONDS / 2, accounts, numbers, csrf, sentSoFar));
    await settle(site);
    baseRuns.push(await supportLoad(baseUrl, Math.min(SUPPORT_SECONDS / 2, 2), accounts, numbers, csrf));
  }
  const run = combineSupportRuns(appRuns);
  const baseRun = combineSupportRuns(baseRuns);
  const afterRun = await totals();
  const acknowledged = run.statuses["303"] ?? 0;

  // Supports again (going on where the first run stopped, so every pair is new) while a visitor
  // loads the filtered list, which every support makes stale.
  const listPath = `${list}&sort=newest`;
  await settle(site);
  const [mixedRun, mixedList] = await Promise.all([
    supportLoad(site.appUrl, 5, accounts, numbers, csrf, run.sent),
    measure(`${site.appUrl}${listPath}`, 10, 5, { headers: site.visitorHeaders }),
  ]);
  await settle(site);
  const after = await totals();
  const mixedAcknowledged = mixedRun.statuses["303"] ?? 0;
  const [drift] = await rowsOf<{ n: number }>(
    sql`select count(*)::int as n from arena_entries e
        left join (select entry_id, count(*)::int as c from arena_supports group by entry_id) s on s.entry_id = e.id
        where e.support_count <> coalesce(s.c, 0)`,
  );
  baseline.close();
  await site.close();
  return {
    kind,
    filled,
    notes,
    rows,
    supports: {
      run,
      base: baseRun,
      acknowledged,
      added: afterRun.rows - before.rows,
      lost: acknowledged - (afterRun.rows - before.rows),
      drifted: Number(drift?.n ?? 0) + Math.abs(after.rows - after.counted),
      rowsAfter: after.rows,
      countsAfter: after.counted,
      mixed: {
        run: mixedRun,
        list: mixedList,
        listPath,
        acknowledged: mixedAcknowledged,
        lost: mixedAcknowledged - (after.rows - afterRun.rows),
      },
    },
  };
}

// ---------- printing ----------

const pad = (value: string, width: number) => value.padStart(width);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "∞");

function print(result: Result): { met: boolean; failed: boolean } {
  const { rows, supports: s } = result;
  let met = true;
  let failed = false;
  const name = result.kind === "pglite" ? "Embedded database (PGlite)" : "PostgreSQL (pool of 10)";
  console.log(
    `\n${name}: ${result.filled.entries} entries, ${result.filled.supports} supports, ${result.filled.comments} comments; ${CONNECTIONS} connections, ${SECONDS} s per page`,
  );
  for (const note of result.notes) console.log(`  ${note}`);
  console.log(
    `\n${"who".padEnd(9)}${"page".padEnd(23)}${pad("bytes", 8)}${pad("q", 7)}${pad("afresh", 8)} │${pad("req/s", 7)}${pad("p50", 8)}${pad("p95", 8)} │${pad("base req/s", 11)}${pad("p95", 6)} │${pad("req/s÷b", 8)}${pad("p95÷b", 7)}`,
  );
  for (const row of rows) {
    const { app: a, base: b } = row;
    const ok = a.p95 < P95_TARGET_MS;
    const broken = a.non2xx > 0;
    met &&= ok;
    failed ||= broken;
    console.log(
      `${row.who.padEnd(9)}${row.label.padEnd(23)}${pad(String(row.bytes), 8)}${pad(row.queries, 7)}${pad(ms(row.afresh), 8)} │${pad(perSecond(a).toFixed(0), 7)}${pad(ms(a.p50), 8)}${pad(ms(a.p95), 8)} │${pad(perSecond(b).toFixed(0), 11)}${pad(ms(b.p95), 6)} │${pad((perSecond(a) / perSecond(b)).toFixed(3), 8)}${pad(ms(a.p95 / b.p95), 7)} ${ok ? " " : "!"}`,
    );
    if (!Number.isFinite(a.p95))
      console.log(
        a.completed > 0
          ? `  ≈ ${(CONNECTIONS / perSecond(a)).toFixed(1)} s per request (${CONNECTIONS} connections ÷ req/s)`
          : "  no request answered while the load ran",
      );
    if (a.non2xx || a.errors)
      console.log(`  ! non-2xx ${a.non2xx}; timeouts and errors ${a.errors} (no answer within 10 s)`);
  }
  const rate = s.acknowledged / s.run.seconds;
  const baseRate = s.base.sent / s.base.seconds;
  const others = Object.entries(s.run.statuses).filter(([status]) => status !== "303");
  console.log(
    `\nSupports, ${CONNECTIONS} connections, ${s.run.seconds.toFixed(1)} s: ${s.acknowledged} acknowledged = ${rate.toFixed(0)}/s (target ≥ ${SUPPORTS_TARGET}), p50 ${ms(s.run.p50)} ms, p95 ${ms(s.run.p95)} ms, p99 ${ms(s.run.p99)} ms`,
  );
  console.log(
    `  baseline (bare POST → 303): ${baseRate.toFixed(0)}/s, p95 ${ms(s.base.p95)} ms; supports ÷ baseline ${(rate / baseRate).toFixed(3)}`,
  );
  console.log(
    `  rows added ${s.added}, lost ${s.lost}; other answers ${others.map(([k, v]) => `${k}×${v}`).join(", ") || "none"}, errors ${s.run.errors}`,
  );
  const m = s.mixed;
  console.log(
    `  with a visitor loading ${m.listPath} (10 connections): ${(m.acknowledged / m.run.seconds).toFixed(0)} supports/s (lost ${m.lost}); list ${perSecond(m.list).toFixed(0)} req/s, p50 ${ms(m.list.p50)} ms, p95 ${ms(m.list.p95)} ms`,
  );
  console.log(
    `  afterwards: ${s.rowsAfter} support rows, Σ support_count ${s.countsAfter}, entries whose count differs from their rows: ${s.drifted}`,
  );
  met &&= rate >= SUPPORTS_TARGET;
  failed ||= s.lost !== 0 || m.lost !== 0 || s.drifted !== 0 || others.length > 0 || s.run.errors > 0;
  return { met, failed };
}

console.log(
  `Gemeinsam arena benchmark, Node ${process.version}. Latencies in ms; q = queries of one request, page kept/made afresh; afresh = one request for a page not kept; ÷b = against the bare baseline.`,
);
console.log(
  `! marks a page that misses p95 < ${P95_TARGET_MS} ms; ∞: too few answers in a round to see its latency (the wait from Little's law is printed below the row).`,
);
const kinds: Array<"pglite" | "postgres"> = [];
if (ONLY !== "postgres") kinds.push("pglite");
if (process.env.BENCH_DATABASE_URL && ONLY !== "pglite") kinds.push("postgres");
const results: Result[] = [];
for (const kind of kinds) {
  const result = await runOn(kind);
  if (result) results.push(result);
}
if (EXPLAIN) process.exit(0);
let allMet = true;
let anyFailed = false;
for (const result of results) {
  const { met, failed } = print(result);
  allMet &&= met;
  anyFailed ||= failed;
}
if (!process.env.BENCH_DATABASE_URL) console.log("\n(PostgreSQL skipped: set BENCH_DATABASE_URL to include it.)");
console.log(allMet ? "\nAll targets met." : "\nSome targets missed (see ! and the supports line).");
if (anyFailed) console.log("FAILED: supports lost or drifted, or requests failed.");
process.exit(anyFailed ? 1 : 0);
