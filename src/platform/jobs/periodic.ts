import type { Deps } from "../deps";

/** Work a module wants done now and then (e.g. deleting personal data after its retention period). */
export interface PeriodicJob {
  name: string;
  everyMs: number;
  run: (deps: Deps) => Promise<void>;
}

/**
 * Runs each job once shortly after start and then every `everyMs`. The jobs keep their state in the
 * database and must be safe to run in several processes at once; a failure is logged and retried
 * at the next tick. Returns a function that stops the timers.
 */
export function startPeriodicJobs(deps: Deps, jobs: readonly PeriodicJob[], firstDelayMs = 5_000): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    let busy = false;
    const tick = async () => {
      if (busy) return;
      busy = true;
      try {
        await job.run(deps);
      } catch (error) {
        deps.logger.error("periodic job failed", { job: job.name, error: String(error) });
      } finally {
        busy = false;
      }
    };
    const first = setTimeout(() => void tick(), firstDelayMs);
    const every = setInterval(() => void tick(), job.everyMs);
    first.unref();
    every.unref();
    timers.push(first, every);
  }
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}
