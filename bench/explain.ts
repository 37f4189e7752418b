/**
 * The queries behind each page made afresh, with their plans: every query one request for a page
 * makes (signed in as the demo resident) is run again under EXPLAIN ANALYZE on the same database,
 * and its execution time and the scans it uses are printed.
 *
 *   npx tsx bench/explain.ts                                                    (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://… PROFILE_DB=postgres npx tsx bench/explain.ts  (PostgreSQL)
 *
 * The demo is small (20 measures, 433 ballots, a few thousand lottery entries), so a sequential scan
 * is often the right plan here; what to look for is a scan that grows with data a city collects
 * (ballots, sessions, audit entries, panel invitations) without an index behind it.
 */
import { demoPages, openDemoSite, recordedQueries } from "./support/demo-site";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  Plans?: PlanNode[];
}

const kind = process.env.PROFILE_DB === "postgres" ? "postgres" : "pglite";
const site = await openDemoSite(kind);
const db = site.database.db;

function scans(node: PlanNode): string[] {
  const here =
    node["Relation Name"] !== undefined
      ? [`${node["Node Type"]} ${node["Relation Name"]}${node["Index Name"] ? ` (${node["Index Name"]})` : ""}`]
      : [];
  return [...here, ...(node.Plans ?? []).flatMap(scans)];
}

/** Runs EXPLAIN ANALYZE for a query with its parameters, on the database the site uses. */
async function explain(text: string, params: unknown[]): Promise<{ ms: number; scans: string[] }> {
  const statement = `explain (analyze, format json) ${text}`;
  const client = (db as unknown as { $client: { query: (text: string, params: unknown[]) => Promise<unknown> } })
    .$client;
  const result = (await client.query(statement, params)) as { rows: Array<Record<string, unknown>> };
  const cell = Object.values(result.rows[0] ?? {})[0];
  const [plan] = (typeof cell === "string" ? JSON.parse(cell) : cell) as Array<{
    Plan: PlanNode;
    "Execution Time": number;
  }>;
  if (!plan) throw new Error("no plan");
  return { ms: plan["Execution Time"], scans: scans(plan.Plan) };
}

const pages = demoPages(site);

console.log(`Queries of each page made afresh, signed in (${kind}); execution time from EXPLAIN ANALYZE.\n`);
let fresh = 0;
for (const path of pages) {
  recordedQueries.list = [];
  fresh += 1;
  const response = await fetch(`${site.appUrl}${path}?fresh=${fresh}`, { headers: site.residentHeaders });
  await response.arrayBuffer();
  const queries = recordedQueries.list.filter((q) => /^\s*(select|with)\b/i.test(q.text));
  recordedQueries.list = null;
  let total = 0;
  const lines: string[] = [];
  for (const query of queries) {
    const { ms, scans: used } = await explain(query.text, query.params);
    total += ms;
    const shown = query.text.replace(/\s+/g, " ").slice(0, 70);
    lines.push(`    ${ms.toFixed(2).padStart(7)} ms  ${shown}\n               ${used.join(", ") || "(no table)"}`);
  }
  console.log(`${path}  (${response.status}; ${queries.length} queries, ${total.toFixed(2)} ms in the database)`);
  for (const line of lines) console.log(line);
  console.log("");
}
// The change counters every request reads (one shared read per burst of requests).
const counters = await explain("select name, version from platform_change_counters", []);
console.log(`change counters: ${counters.ms.toFixed(3)} ms, ${counters.scans.join(", ")}`);
await site.close();
process.exit(0);
