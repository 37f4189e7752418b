/**
 * A participation process at the size: the draft's text page (300 paragraphs), the page of
 * a paragraph's comments (the busiest and a typical one, of 20,000 comments) and the published
 * results of a survey with 10,000 answers, under 20 connections, as a visitor and signed in, on the
 * embedded database and on PostgreSQL, each beside a bare baseline answering the same bytes
 * (bench/support/page-table.ts).
 *
 *   npx tsx bench/participation.ts                                    (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/participation.ts    (PGlite, then PostgreSQL)
 *   --paragraphs 300 --comments 20000 --answers 10000 --seconds 4 --only pglite|postgres
 *   (or PARTICIPATION_PARAGRAPHS, PARTICIPATION_COMMENTS, PARTICIPATION_ANSWERS, BENCH_SECONDS, BENCH_ONLY)
 *
 * Target (from the issue): p95 < 100 ms for every page, visitor and signed in. Exits non-zero on
 * failed requests, not on missed targets.
 */
import { openDemoSite } from "./support/demo-site";
import { loadPages, type PageRow, printPages } from "./support/page-table";
import { type FilledParticipation, fillParticipation } from "./support/participation-data";
import { option } from "./support/run";

const PARAGRAPHS = Number(option("paragraphs", "PARTICIPATION_PARAGRAPHS", "300"));
const COMMENTS = Number(option("comments", "PARTICIPATION_COMMENTS", "20000"));
const ANSWERS = Number(option("answers", "PARTICIPATION_ANSWERS", "10000"));
const SECONDS = Number(option("seconds", "BENCH_SECONDS", "4"));
const ONLY = option("only", "BENCH_ONLY", "");
const CONNECTIONS = 20;
const P95_TARGET_MS = 100;

interface Result {
  kind: "pglite" | "postgres";
  filled: FilledParticipation;
  rows: PageRow[];
}

/** A paragraph's page as the text review's routes address it (`/text/2.3`). */
const paragraphPath = (slug: string, number: string) => `/participation/${slug}/text/${number}`;

async function runOn(kind: "pglite" | "postgres"): Promise<Result> {
  const site = await openDemoSite(kind);
  console.log(`\n[${kind}] filling: ${PARAGRAPHS} paragraphs, ${COMMENTS} comments, ${ANSWERS} survey answers …`);
  const city = site.deps.city;
  const filled = await fillParticipation(
    site.database,
    { paragraphs: PARAGRAPHS, comments: COMMENTS, answers: ANSWERS },
    { districts: city.districts.map((d) => d.key), stakeholderGroups: city.stakeholderGroups.map((g) => g.key) },
    site.deps.clock(),
  );
  console.log(
    `[${kind}] filled in ${filled.seconds.toFixed(0)} s; busiest paragraph ${filled.busiest.number} (${filled.busiest.comments} comments), typical ${filled.typical.number} (${filled.typical.comments})`,
  );
  const pages = [
    { label: "text", path: `/participation/${filled.slug}/text` },
    { label: "paragraph, busiest", path: paragraphPath(filled.slug, filled.busiest.number) },
    { label: "paragraph, typical", path: paragraphPath(filled.slug, filled.typical.number) },
    { label: "survey results", path: `/participation/${filled.slug}/survey/results` },
  ];
  const rows = await loadPages(
    site,
    pages,
    { visitor: site.visitorHeaders, resident: site.residentHeaders },
    { connections: CONNECTIONS, seconds: SECONDS, tag: kind },
  );
  await site.close();
  return { kind, filled, rows };
}

console.log(
  `Gemeinsam participation benchmark, Node ${process.version}. Latencies in ms; q = queries of one request, page kept/made afresh; afresh = one request for a page not kept; ÷b = against the bare baseline.`,
);
const kinds: Array<"pglite" | "postgres"> = [];
if (ONLY !== "postgres") kinds.push("pglite");
if (process.env.BENCH_DATABASE_URL && ONLY !== "pglite") kinds.push("postgres");
let allMet = true;
let anyFailed = false;
const results: Result[] = [];
for (const kind of kinds) results.push(await runOn(kind));
for (const result of results) {
  const name = result.kind === "pglite" ? "Embedded database (PGlite)" : "PostgreSQL (pool of 10)";
  console.log(
    `\n${name}: ${PARAGRAPHS} paragraphs, ${COMMENTS} comments, ${ANSWERS} answers; ${CONNECTIONS} connections, ${SECONDS} s per page`,
  );
  const { met, failed } = printPages(result.rows, P95_TARGET_MS);
  allMet &&= met;
  anyFailed ||= failed;
}
if (!process.env.BENCH_DATABASE_URL) console.log("\n(PostgreSQL skipped: set BENCH_DATABASE_URL to include it.)");
console.log(allMet ? `\nAll pages met p95 < ${P95_TARGET_MS} ms.` : "\nSome pages missed the target (see !).");
if (anyFailed) console.log("FAILED: requests failed.");
process.exit(anyFailed ? 1 : 0);
