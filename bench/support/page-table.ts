/**
 * Pages under load beside a bare baseline, for the benchmarks that measure a module's pages as a
 * visitor and signed in (bench/monitoring.ts, bench/participation.ts). For each page and reader:
 * "afresh" is one request for a page the cache has not seen (the median of three, each with a new
 * query string), then a
 * warm-up and two rounds of load, the application and a bare `node:http` server answering the very
 * same bytes interleaved, so the ratio stands even on a noisy machine.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { countedQueries, type DemoSite } from "./demo-site";
import { combine, type Measurement, measure, perSecond } from "./paired-load";
import { get, settle } from "./run";

export interface PageRow {
  who: string;
  label: string;
  path: string;
  bytes: number;
  /** Queries of one request for a kept page / for one made afresh. */
  queries: string;
  afresh: number;
  app: Measurement;
  base: Measurement;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Prefix of the progress lines (the database's kind). */
  tag: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Every page for every reader (`who` → request headers), measured beside the baseline. */
export async function loadPages(
  site: DemoSite,
  pages: ReadonlyArray<{ label: string; path: string }>,
  readers: Readonly<Record<string, Record<string, string>>>,
  options: LoadOptions,
): Promise<PageRow[]> {
  const recorded = new Map<string, { body: Buffer; contentType: string }>();
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
  let fresh = 0;
  const rows: PageRow[] = [];
  try {
    for (const { label, path } of pages) {
      for (const [who, headers] of Object.entries(readers)) {
        const times: number[] = [];
        let made = 0;
        for (let i = 0; i < 3; i++) {
          countedQueries.value = 0;
          const t0 = performance.now();
          const separator = path.includes("?") ? "&" : "?";
          const answer = await get(`${site.appUrl}${path}${separator}fresh=${++fresh}`, headers, "manual");
          await answer.arrayBuffer();
          times.push(performance.now() - t0);
          made = countedQueries.value;
        }
        await (await get(`${site.appUrl}${path}`, headers, "manual")).arrayBuffer();
        countedQueries.value = 0;
        const response = await get(`${site.appUrl}${path}`, headers, "manual");
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200) throw new Error(`${who} ${path} answered ${response.status}`);
        const key = `/${who}${path}`;
        recorded.set(key, { body, contentType: response.headers.get("content-type") ?? "text/html" });
        const queries = `${countedQueries.value}/${made}`;
        const appUrl = `${site.appUrl}${path}`;
        await measure(appUrl, options.connections, 1, { headers });
        await settle(site);
        await measure(`${baseUrl}${key}`, options.connections, 1);
        const appRuns: Measurement[] = [];
        const baseRuns: Measurement[] = [];
        for (let round = 0; round < 2; round++) {
          appRuns.push(await measure(appUrl, options.connections, options.seconds / 2, { headers }));
          await settle(site);
          baseRuns.push(await measure(`${baseUrl}${key}`, options.connections, options.seconds / 2));
        }
        const row: PageRow = {
          who,
          label,
          path,
          bytes: body.length,
          queries,
          afresh: median(times),
          app: combine(appRuns),
          base: combine(baseRuns),
        };
        rows.push(row);
        console.log(
          `[${options.tag}] ${who.padEnd(8)} ${label.padEnd(20)} p95 ${row.app.p95.toFixed(1)} ms (baseline ${row.base.p95.toFixed(1)}), ${perSecond(row.app).toFixed(0)} req/s, afresh ${row.afresh.toFixed(1)} ms`,
        );
      }
    }
  } finally {
    baseline.close();
  }
  return rows;
}

const pad = (value: string, width: number) => value.padStart(width);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "∞");

/** The table of one database's rows; whether every page met the target and whether any request failed. */
export function printPages(rows: readonly PageRow[], targetMs: number): { met: boolean; failed: boolean } {
  let met = true;
  let failed = false;
  console.log(
    `\n${"who".padEnd(9)}${"page".padEnd(21)}${pad("bytes", 8)}${pad("q", 7)}${pad("afresh", 8)} │${pad("req/s", 7)}${pad("p50", 7)}${pad("p95", 7)} │${pad("base req/s", 11)}${pad("p95", 6)} │${pad("req/s÷b", 8)}${pad("p95÷b", 7)}`,
  );
  for (const row of rows) {
    const { app: a, base: b } = row;
    const ok = a.p95 < targetMs;
    met &&= ok;
    failed ||= a.non2xx > 0 || a.errors > 0;
    console.log(
      `${row.who.padEnd(9)}${row.label.padEnd(21)}${pad(String(row.bytes), 8)}${pad(row.queries, 7)}${pad(ms(row.afresh), 8)} │${pad(perSecond(a).toFixed(0), 7)}${pad(ms(a.p50), 7)}${pad(ms(a.p95), 7)} │${pad(perSecond(b).toFixed(0), 11)}${pad(ms(b.p95), 6)} │${pad((perSecond(a) / perSecond(b)).toFixed(3), 8)}${pad(ms(a.p95 / b.p95), 7)} ${ok ? " " : "!"}`,
    );
    if (a.non2xx || a.errors) console.log(`  ! non-2xx ${a.non2xx}; timeouts and errors ${a.errors}`);
  }
  return { met, failed };
}
