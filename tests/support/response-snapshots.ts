import { appendFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { Hono } from "hono";
import { expect } from "vitest";

/**
 * Writes every response the in-memory app gives during a test run to one file per test file, so two
 * runs (before and after a restructuring) can be compared byte for byte. Off unless
 * PAGE_SNAPSHOT_DIR is set. Values that are random on every run (tokens, ids, codes) are masked.
 */
// biome-ignore lint/suspicious/noExplicitAny: wraps whatever app type the test uses
export function recordResponses(app: Hono<any>, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const original = app.request.bind(app);
  let sequence = 0;
  app.request = (async (...args: Parameters<typeof original>) => {
    const response = await original(...args);
    const state = expect.getState();
    const file = join(dir, `${basename(state.testPath ?? "unknown")}.txt`);
    const body = await response.clone().text();
    const input = args[0];
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (args[1]?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    sequence += 1;
    const type = response.headers.get("content-type") ?? "";
    const text = /text|json|xml|csv|javascript/.test(type) || type === "" ? body : `<${body.length} bytes of ${type}>`;
    appendFileSync(
      file,
      `\n=== ${state.currentTestName} #${sequence} ${method} ${url} -> ${response.status} ${type}\n${text}\n`,
    );
    return response;
  }) as typeof app.request;
}
