import type { Deps } from "../deps";
import type { PeriodicJob } from "./periodic";
import { type ClaimedJob, claimDueJobs, finishFailure, finishSuccess, type JobPayload } from "./scheduled-store";

export {
  cancel,
  type JobPayload,
  listScheduledJobs,
  type ScheduledJobStatus,
  type ScheduleJob,
  schedule,
} from "./scheduled-store";

/*
 * Scheduled jobs: work that must be done once across all processes at a given time, and again
 * later (fetching an indicator's data source every month). A job is a row of
 * `platform_scheduled_jobs`, named after its handler and keyed by what it works on; modules schedule
 * and cancel rows with `schedule` / `cancel`, and declare the handlers in their manifest
 * (`scheduledJobs`). One periodic job per process (`scheduledJobsRunner`) claims due rows for a
 * lease, runs their handlers and writes the outcome. See docs/decisions/0017-scheduled-jobs.md.
 */

/** What a handler is given: the row it runs. */
export interface ScheduledJob {
  name: string;
  key: string;
  payload: JobPayload;
  /** When the run was due (it starts at the runner's next tick after that). */
  dueAt: Date;
  /** Failures in a row before this run (0: the last run succeeded, or this is the first). */
  failures: number;
}

/** What a successful run answers. */
export interface ScheduledJobOutcome {
  /** When to run again; null: never, the row is removed. */
  nextRunAt: Date | null;
  /** Replaces the stored payload (e.g. the moment fetched up to); without it the payload stays. */
  payload?: JobPayload;
}

/**
 * A module's handler for the jobs of one name. `run` may throw: the failure is counted, its reason
 * stored and logged (never its stack), and the job retried at `backOff`. A run must finish within
 * `leaseMs`: after that another process may take the job again, and the late run's outcome is
 * dropped. Like every job, a run must be safe to repeat, since a process may die after the work
 * and before writing the outcome.
 */
export interface ScheduledJobHandler {
  /** `<module>.<job>`, e.g. `monitoring.fetch-source`; unique across modules. */
  name: string;
  /** How long a claimed run may take before the job counts as abandoned and is taken again. */
  leaseMs: number;
  run: (deps: Deps, job: ScheduledJob) => Promise<ScheduledJobOutcome>;
  /** When to try again after `failures` failures in a row (1 after the first), `now` the failure's time. */
  backOff: (failures: number, now: Date) => Date;
}

/** Doubling waits: `firstMs` after the first failure, then twice as long each time, at most `maxMs`. */
export function exponentialBackOff(firstMs: number, maxMs: number): ScheduledJobHandler["backOff"] {
  return (failures, now) =>
    new Date(now.getTime() + Math.min(maxMs, firstMs * 2 ** Math.min(Math.max(failures - 1, 0), 40)));
}

/** The retry time when a handler's own back-off fails: an hour, so a broken back-off cannot spin. */
const FALLBACK_BACK_OFF_MS = 60 * 60 * 1000;
const MAX_REASON_LENGTH = 300;

/** The class of an error: its `name`, or its constructor's when it kept the generic "Error". */
function errorClass(error: Error): string {
  if (error.name !== "Error") return error.name;
  const constructorName = (error.constructor as { name?: unknown } | undefined)?.name;
  return typeof constructorName === "string" && constructorName !== "" ? constructorName : error.name;
}

/**
 * A failure's reason for the table and the log: a typed error's `reason` or `messageKey`, else the
 * class name and the message, on one line and short. Never the stack.
 */
export function failureReason(error: unknown): string {
  let reason: string;
  if (error instanceof Error) {
    const coded = error as Error & { reason?: unknown; messageKey?: unknown };
    const code = typeof coded.reason === "string" ? coded.reason : coded.messageKey;
    reason =
      typeof code === "string" && code !== ""
        ? `${code}${error.message && error.message !== code ? `: ${error.message}` : ""}`
        : `${errorClass(error)}: ${error.message}`;
  } else reason = `thrown: ${String(error)}`;
  const line = reason.replace(/\s+/g, " ").trim();
  return line.length > MAX_REASON_LENGTH ? `${line.slice(0, MAX_REASON_LENGTH - 1)}…` : line;
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Checks the answer of a run; a malformed answer counts as the run's failure. */
function checkOutcome(outcome: unknown): ScheduledJobOutcome {
  const candidate = outcome as ScheduledJobOutcome | undefined;
  if (
    !candidate ||
    typeof candidate !== "object" ||
    !(candidate.nextRunAt === null || isValidDate(candidate.nextRunAt))
  )
    throw new TypeError("the handler answered no nextRunAt (a Date or null)");
  if (candidate.payload !== undefined && (typeof candidate.payload !== "object" || candidate.payload === null))
    throw new TypeError("the handler answered a payload that is not an object");
  return candidate;
}

export type RunResult = "rescheduled" | "done" | "failed" | "lost";

export interface RunReport {
  name: string;
  key: string;
  /** rescheduled / done (row removed) / failed (retry scheduled) / lost (the lease ran out first). */
  result: RunResult;
}

function retryTime(handler: ScheduledJobHandler, failures: number, now: Date): Date {
  try {
    const at = handler.backOff(failures, now);
    if (isValidDate(at)) return at;
  } catch {
    // falls through to the fallback
  }
  return new Date(now.getTime() + FALLBACK_BACK_OFF_MS);
}

async function runOne(deps: Deps, handler: ScheduledJobHandler, job: ClaimedJob): Promise<RunResult> {
  const db = deps.database.db;
  const given: ScheduledJob = {
    name: job.name,
    key: job.key,
    payload: job.payload,
    dueAt: job.dueAt,
    failures: job.failures,
  };
  let outcome: ScheduledJobOutcome;
  try {
    outcome = checkOutcome(await handler.run(deps, given));
  } catch (error) {
    const reason = failureReason(error);
    const now = deps.clock();
    const failures = job.failures + 1;
    const retryAt = retryTime(handler, failures, now);
    const kept = await finishFailure(db, job, reason, retryAt);
    deps.logger.warn("scheduled job failed", {
      job: job.name,
      key: job.key,
      failures,
      error: reason,
      ...(kept ? { retryAt: retryAt.toISOString() } : { lost: true }),
    });
    return kept ? "failed" : "lost";
  }
  const kept = await finishSuccess(db, job, { next: outcome.nextRunAt, payload: outcome.payload }, deps.clock());
  if (!kept) {
    deps.logger.warn("scheduled job outlived its lease; its outcome was dropped", { job: job.name, key: job.key });
    return "lost";
  }
  return outcome.nextRunAt === null ? "done" : "rescheduled";
}

export interface RunDueJobsOptions {
  /** At most this many runs per call (default 20); the rest wait for the next call. */
  maxJobs?: number;
}

/**
 * Runs the due jobs that `handlers` know, one after the other: each is claimed just before it runs,
 * so its lease counts from its own start. The clock is `deps.clock()`, read at every claim and
 * outcome. A handler's failure is written and logged and the runner goes on; only a failing database
 * stops it (the job it held is taken again after its lease). Returns what happened, in order.
 */
export async function runDueJobs(
  deps: Deps,
  handlers: readonly ScheduledJobHandler[],
  options: RunDueJobsOptions = {},
): Promise<RunReport[]> {
  const byName = handlerMap(handlers);
  const leases = handlers.map((handler) => ({ name: handler.name, leaseMs: handler.leaseMs }));
  const reports: RunReport[] = [];
  const maxJobs = options.maxJobs ?? 20;
  while (reports.length < maxJobs) {
    const [job] = await claimDueJobs(deps.database.db, leases, deps.clock(), 1);
    if (!job) break;
    const handler = byName.get(job.name) as ScheduledJobHandler;
    reports.push({ name: job.name, key: job.key, result: await runOne(deps, handler, job) });
  }
  return reports;
}

function handlerMap(handlers: readonly ScheduledJobHandler[]): Map<string, ScheduledJobHandler> {
  const byName = new Map<string, ScheduledJobHandler>();
  for (const handler of handlers) {
    if (byName.has(handler.name)) throw new Error(`two scheduled-job handlers are named ${handler.name}`);
    if (!(Number.isFinite(handler.leaseMs) && handler.leaseMs > 0))
      throw new Error(`scheduled-job handler ${handler.name}: leaseMs must be a positive number`);
    byName.set(handler.name, handler);
  }
  return byName;
}

/** How often a process looks for due scheduled jobs unless told otherwise. */
const SCHEDULED_JOBS_EVERY_MS = 30_000;

/**
 * The periodic job that runs the scheduled jobs of `handlers` (collected from the manifests) every
 * `everyMs` in each process; the claim keeps every run to one process. Checks the handlers at once,
 * so two handlers of one name stop the start rather than a job.
 */
export function scheduledJobsRunner(
  handlers: readonly ScheduledJobHandler[],
  options: { everyMs?: number; maxJobs?: number } = {},
): PeriodicJob {
  handlerMap(handlers);
  return {
    name: "platform.scheduled-jobs",
    everyMs: options.everyMs ?? SCHEDULED_JOBS_EVERY_MS,
    run: async (deps) => {
      if (handlers.length === 0) return;
      const reports = await runDueJobs(deps, handlers, { maxJobs: options.maxJobs });
      if (reports.length > 0)
        deps.logger.info("scheduled jobs ran", {
          ran: reports.length,
          failed: reports.filter((report) => report.result === "failed").length,
        });
    },
  };
}
