// Load generator for the HTTP benchmarks, run in a worker thread so it does not share the event loop
// with the servers under test. Records every response time, so percentiles are exact. Runs for
// `duration` seconds, or for exactly `amount` requests when given; `headers` go with every request.
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

const { url, connections, duration, amount, headers } = workerData;
const times = [];
const options = { url, connections, headers: headers ?? {}, ...(amount ? { amount } : { duration }) };
const instance = autocannon(options, (error, result) => {
  if (error) throw error;
  times.sort((a, b) => a - b);
  const at = (q) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : Number.NaN);
  parentPort.postMessage({
    completed: times.length,
    seconds: (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  });
});
instance.on("response", (_client, _status, _bytes, responseTime) => {
  times.push(responseTime);
});
