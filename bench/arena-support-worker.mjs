// Support load for bench/arena.ts, run in a worker thread so it does not share the event loop with
// the server under test. `connections` loops post supports for `seconds` (or until every pair is
// used): request k (counted from `start`, so a second run goes on where the first stopped) is account k % accounts.length supporting entry (a · 37 + j) % entries.length,
// j = floor(k / accounts.length), so no account supports an entry twice and every acknowledged
// support must add a row. Records each answer's status and time (all times are sent back, so runs
// can be combined).
import { parentPort, workerData } from "node:worker_threads";

const { baseUrl, connections, seconds, accounts, numbers, csrf, start = 0 } = workerData;
const limit = accounts.length * Math.min(numbers.length, 1_000_000);
const times = [];
const statuses = new Map();
let next = start;
let errors = 0;
const body = `_csrf=${encodeURIComponent(csrf)}`;
const started = performance.now();
const deadline = started + seconds * 1000;

async function loop() {
  while (performance.now() < deadline) {
    const k = next++;
    if (k >= limit) return;
    const a = k % accounts.length;
    const j = Math.floor(k / accounts.length);
    const number = numbers[(a * 37 + j) % numbers.length];
    const t0 = performance.now();
    try {
      const response = await fetch(`${baseUrl}/arena/${number}/support`, {
        method: "POST",
        headers: {
          cookie: accounts[a],
          "content-type": "application/x-www-form-urlencoded",
          "x-csrf-token": csrf,
        },
        body,
        redirect: "manual",
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      times.push(performance.now() - t0);
    } catch {
      errors += 1;
    }
  }
}

await Promise.all(Array.from({ length: connections }, loop));
const elapsed = (performance.now() - started) / 1000;
times.sort((x, y) => x - y);
const at = (q) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : Number.NaN);
parentPort.postMessage({
  sent: Math.min(next, limit) - start,
  seconds: elapsed,
  statuses: Object.fromEntries(statuses),
  errors,
  p50: at(0.5),
  p95: at(0.95),
  p99: at(0.99),
  times,
});
