/**
 * Monitoring at a strategy's full size: the portfolio dashboard, a typical measure's monitoring page
 * and a review round's implementation report, under 20 connections, as a visitor and signed in as a
 * member of the measure's team, on the embedded database and on PostgreSQL. Every figure is printed
 * beside a bare `node:http` baseline that answers the very same bytes in the same run
 * (bench/support/page-table.ts; these machines are noisy: the ratio counts more than the milliseconds).
 *
 *   npx tsx bench/monitoring.ts                                       (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/monitoring.ts       (PGlite, then PostgreSQL)
 *   --measures 500 --indicators 10 --periods 40 --seconds 4 --only pglite|postgres   (--help lists them)
 *   (or MONITORING_MEASURES, MONITORING_INDICATORS, MONITORING_PERIODS, BENCH_SECONDS, BENCH_ONLY)
 *   --explain: no load; EXPLAIN ANALYZE of every read each page makes afresh, as a visitor
 *
 * Data: the demo, then measures up to 500, each with a logic model of 10 indicators and 40 values
 * per indicator, one in twenty corrected (bench/support/monitoring-data.ts): 200,000 values; and a
 * published review round over every measure with a model, every other report sent. Pages:
 * `/monitoring` (its first page of measures, every count over all of them), `/monitoring?page=5`,
 * the monitoring page of a measure of the series (10 indicators, 400 values and their corrections)
 * and the round's implementation report (`/reviews/{id}/report`). Each page: "afresh" is one
 * request for a page the cache has not seen (the median of three), which is what the first request
 * after any change of the monitoring data costs; then a warm-up and two rounds of load, application
 * and baseline interleaved.
 *
 * Target (from the issue): p95 < 100 ms for every page, visitor and signed in. Exits non-zero on
 * failed requests, not on missed targets.
 */
import { createSession } from "../src/platform/identity/sessions";
import { createAccount } from "../tests/support/accounts";
import { type DemoSite, openDemoSite, recordedQueries } from "./support/demo-site";
import { fillMonitoring, fillReviewRound } from "./support/monitoring-data";
import { loadPages, type PageRow, printPages } from "./support/page-table";
import { get, option } from "./support/run";

if (process.argv.includes("--help")) {
  console.log(`Usage: npx tsx bench/monitoring.ts [options]   (BENCH_DATABASE_URL=postgres://… adds PostgreSQL)
  --measures N     measures in all, the demo's included (MONITORING_MEASURES, default 500)
  --indicators N   indicators in each bench measure's logic model (MONITORING_INDICATORS, default 10)
  --periods N      values per indicator (MONITORING_PERIODS, default 40)
  --seconds N      seconds of load per page and person (BENCH_SECONDS, default 4)
  --only KIND      pglite or postgres (BENCH_ONLY)
  --explain        no load: EXPLAIN ANALYZE of every read each page makes afresh, as a visitor`);
  process.exit(0);
}

const MEASURES = Number(option("measures", "MONITORING_MEASURES", "500"));
const INDICATORS = Number(option("indicators", "MONITORING_INDICATORS", "10"));
const PERIODS = Number(option("periods", "MONITORING_PERIODS", "40"));
const SECONDS = Number(option("seconds", "BENCH_SECONDS", "4"));
const ONLY = option("only", "BENCH_ONLY", "");
const EXPLAIN = process.argv.includes("--explain");
const CONNECTIONS = 20;
const P95_TARGET_MS = 100;

type Who = "visitor" | "team";

interface Result {
  kind: "pglite" | "postgres";
  filled: { measures: number; uses: number; values: number; seconds: number };
  notes: string[];
  rows: PageRow[];
}

/** A member of the measure's team, signed in (the page then carries the team's forms). */
async function teamHeaders(site: DemoSite, slug: string): Promise<Record<string, string>> {
  const id = await createAccount(site.deps, {
    email: "bench-team@example.org",
    displayName: "Tina aus dem Team",
    roles: [{ role: "team_member", scopeType: "measure", scopeId: slug }],
  });
  const token = await createSession(site.database.db, id, site.deps.clock(), site.deps.random);
  const [csrfName, sessionName] = (site.residentHeaders.cookie ?? "").split("; ").map((part) => part.split("=")[0]);
  return { cookie: `${csrfName}=bench-team-browser; ${sessionName}=${token}` };
}

/** The implementation report of the bench's review round, checked to answer a visitor. */
async function reviewReportPath(site: DemoSite, round: string): Promise<string> {
  const path = `/reviews/${round}/report`;
  const response = await get(`${site.appUrl}${path}`, site.visitorHeaders, "manual");
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return path;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
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
async function explainRequest(site: DemoSite, label: string, url: string): Promise<void> {
  const client = (
    site.database.db as unknown as { $client: { query: (text: string, params: unknown[]) => Promise<unknown> } }
  ).$client;
  recordedQueries.list = [];
  const response = await get(url, site.visitorHeaders, "manual");
  const bytes = (await response.arrayBuffer()).byteLength;
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
  console.log(
    `\n${label} (${response.status}, ${bytes} bytes; ${queries.length} reads, ${total.toFixed(1)} ms in the database)`,
  );
  for (const line of lines) console.log(line);
}

async function runOn(kind: "pglite" | "postgres"): Promise<Result | undefined> {
  const site = await openDemoSite(kind);
  const pool = (site.database.db as unknown as { $client?: { on?: (event: string, listener: () => void) => void } })
    .$client;
  if (kind === "postgres" && typeof pool?.on === "function") pool.on("error", () => {});
  console.log(`\n[${kind}] filling: ${MEASURES} measures × ${INDICATORS} indicators × ${PERIODS} periods …`);
  const filled = await fillMonitoring(
    site.database,
    { measures: MEASURES, indicators: INDICATORS, periods: PERIODS },
    site.deps.clock(),
  );
  const round = await fillReviewRound(site.database, site.deps.clock());
  console.log(
    `[${kind}] filled in ${filled.seconds.toFixed(0)} s: ${filled.measures} measures, ${filled.uses} indicator uses, ${filled.values} values, a published review round`,
  );
  const typical = `messreihe-${Math.max(1, Math.floor((MEASURES - 20) / 2))}`;
  const headers: Record<Who, Record<string, string>> = {
    visitor: site.visitorHeaders,
    team: await teamHeaders(site, typical),
  };
  const pages = [
    { label: "portfolio", path: "/monitoring" },
    { label: "portfolio, page 5", path: "/monitoring?page=5" },
    { label: "measure", path: `/measures/${typical}/monitoring` },
  ];
  const report = await reviewReportPath(site, round);
  const notes = [`measure page: ${typical}`, `implementation report: ${report}`];
  pages.push({ label: "review report", path: report });
  if (EXPLAIN) {
    let n = 0;
    for (const { label, path } of pages) {
      await explainRequest(
        site,
        `[${kind}] ${label}: ${path}`,
        `${site.appUrl}${path}${path.includes("?") ? "&" : "?"}plan=${++n}`,
      );
    }
    await site.close();
    return undefined;
  }

  const rows = await loadPages(site, pages, headers, { connections: CONNECTIONS, seconds: SECONDS, tag: kind });
  await site.close();
  return { kind, filled, notes, rows };
}

const _pad = (value: string, width: number) => value.padStart(width);
const _ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "∞");

function print(result: Result): { met: boolean; failed: boolean } {
  const name = result.kind === "pglite" ? "Embedded database (PGlite)" : "PostgreSQL (pool of 10)";
  const f = result.filled;
  console.log(
    `\n${name}: ${f.measures} measures, ${f.uses} indicator uses, ${f.values} values; ${CONNECTIONS} connections, ${SECONDS} s per page`,
  );
  for (const note of result.notes) console.log(`  ${note}`);
  return printPages(result.rows, P95_TARGET_MS);
}

console.log(
  `Gemeinsam monitoring benchmark, Node ${process.version}. Latencies in ms; q = queries of one request, page kept/made afresh; afresh = one request for a page not kept; ÷b = against the bare baseline.`,
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
console.log(allMet ? `\nAll pages met p95 < ${P95_TARGET_MS} ms.` : "\nSome pages missed the target (see !).");
if (anyFailed) console.log("FAILED: requests failed.");
process.exit(anyFailed ? 1 : 0);
