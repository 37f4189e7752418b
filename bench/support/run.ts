import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { DemoSite } from "./demo-site";

/** A benchmark's option: `--name value` on the command line, else the environment, else the fallback. */
export function option(name: string, env: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0 && process.argv[at + 1] !== undefined) return process.argv[at + 1] as string;
  return process.env[env] ?? fallback;
}

/**
 * A GET that tries once more when the connection was dropped (the server closes kept-alive
 * connections that stood idle while the data was written).
 */
export async function get(url: string, headers: Record<string, string>, redirect: RequestRedirect = "follow") {
  try {
    return await fetch(url, { headers, redirect });
  } catch {
    return fetch(url, { headers, redirect });
  }
}

/**
 * Waits until the application has worked off what the last load left queued (requests whose
 * clients are gone still run to the end): the event loop mostly idle and the database answering a
 * trivial query at once. So the measurement made next does not pay for the application's backlog.
 * Gives up after a minute; returns the seconds waited.
 */
export async function settle(site: DemoSite): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    const before = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const busy = performance.eventLoopUtilization(before).utilization;
    const t0 = performance.now();
    await site.database.db.execute(sql`select 1`);
    if (busy < 0.1 && performance.now() - t0 < 20) break;
  }
  return (performance.now() - started) / 1000;
}
