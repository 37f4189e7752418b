/**
 * Load on the application against a baseline in the same run, shared by the HTTP benchmarks.
 *
 * The application runs in this process on a real @hono/node-server, as `npm start` wires it. The
 * baseline is a bare `node:http` server in the same process that answers with the very bytes the
 * application sent for the same path. autocannon drives both from a worker thread
 * (bench/load-worker.mjs), interleaved (app, baseline, app, baseline), so machine noise hits both
 * alike. The ratio app/baseline is what to watch; absolute figures depend on the machine.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/app/app";
import { modules } from "../../src/app/modules";
import type { Deps } from "../../src/platform/deps";

export interface Measurement {
  completed: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface PairedRow {
  path: string;
  bytes: number;
  app: Measurement;
  base: Measurement;
}

export const perSecond = (m: Measurement) => m.completed / m.seconds;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

/**
 * Runs autocannon in a worker thread against `url`: for `duration` seconds, or for exactly
 * `options.amount` requests; `options.headers` go with every request (a session cookie, say).
 */
export function measure(
  url: string,
  connections: number,
  duration: number,
  options: { amount?: number; headers?: Record<string, string> } = {},
): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../load-worker.mjs", import.meta.url), {
      workerData: { url, connections, duration, amount: options.amount, headers: options.headers },
    });
    worker.once("message", (m: Measurement) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/** Throughput adds up over the rounds; for latency the slower round's percentile is reported. */
export function combine(runs: Measurement[]): Measurement {
  return {
    completed: runs.reduce((s, r) => s + r.completed, 0),
    seconds: runs.reduce((s, r) => s + r.seconds, 0),
    p50: Math.max(...runs.map((r) => r.p50)),
    p95: Math.max(...runs.map((r) => r.p95)),
    p99: Math.max(...runs.map((r) => r.p99)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
  };
}

export interface PairedServers {
  /** The application's address, e.g. for requests without load. */
  appUrl: string;
  /** Loads each path on the application and on the baseline: a warm-up, then two rounds each. */
  run(paths: readonly string[], options: { connections: number; seconds: number }): Promise<PairedRow[]>;
  close(): void;
}

/** Starts the application on `deps` and a baseline that replays its answers to `paths`. */
export async function startPairedServers(deps: Deps, paths: readonly string[]): Promise<PairedServers> {
  const app = createApp(deps, modules);
  const appServer = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
  await new Promise((resolve) => appServer.once("listening", resolve));
  const appUrl = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`;

  const recorded = new Map<string, { body: Buffer; contentType: string }>();
  for (const path of paths) {
    const response = await fetch(`${appUrl}${path}`);
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
  const baseUrl = `http://127.0.0.1:${await listen(baseline)}`;

  return {
    appUrl,
    async run(toLoad, { connections, seconds }) {
      const rows: PairedRow[] = [];
      for (const path of toLoad) {
        // A short warm-up of both, so JIT and caches are not part of the first measurement.
        await measure(`${appUrl}${path}`, connections, 1);
        await measure(`${baseUrl}${path}`, connections, 1);
        const appRuns: Measurement[] = [];
        const baseRuns: Measurement[] = [];
        for (let round = 0; round < 2; round++) {
          appRuns.push(await measure(`${appUrl}${path}`, connections, seconds / 2));
          baseRuns.push(await measure(`${baseUrl}${path}`, connections, seconds / 2));
        }
        rows.push({
          path,
          bytes: recorded.get(path)?.body.length ?? 0,
          app: combine(appRuns),
          base: combine(baseRuns),
        });
      }
      return rows;
    },
    close() {
      appServer.close();
      baseline.close();
    },
  };
}

/** A line naming any failed requests of a row, or nothing. */
export function failureNote({ app: a, base: b }: PairedRow): string | undefined {
  if (!(a.non2xx || a.errors || b.non2xx || b.errors)) return undefined;
  return `  ! non-2xx: app ${a.non2xx}, baseline ${b.non2xx}; errors: app ${a.errors}, baseline ${b.errors}`;
}
