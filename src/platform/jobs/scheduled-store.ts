import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../db/database";
import { scheduledJobs } from "./schema";

/*
 * Every statement on `platform_scheduled_jobs`. Times are written from the injected clock, in
 * milliseconds, never from the database's now().
 *
 * A claim sets `locked_until`, and that value is the claim's fence: every later write of the run
 * requires `locked_until` to be unchanged. A newer claim of the same row can only happen after the
 * lease ran out, so its `locked_until` is later, and a run that overstayed its lease writes nothing.
 */

export type JobPayload = Record<string, unknown>;

/** One claimed row: what the runner hands to the handler, and what it needs to write the outcome. */
export interface ClaimedJob {
  name: string;
  key: string;
  payload: JobPayload;
  /** The run_at the row was claimed with (a schedule() during the run changes it). */
  dueAt: Date;
  failures: number;
  /** The claim's fence, see above. */
  lockedUntil: Date;
}

/** A row as operators see it (`listScheduledJobs`). */
export interface ScheduledJobStatus {
  name: string;
  key: string;
  /** Due from this moment; a failed job's next attempt. */
  dueAt: Date;
  /** Failures in a row since the last success (0: none). */
  failures: number;
  /** The reason of the current run of failures, null after a success. */
  lastError: string | null;
  lastSuccessAt: Date | null;
  /** Set while a process runs the job (or until the lease of a process that died runs out). */
  lockedUntil: Date | null;
}

export interface ScheduleJob {
  /** The handler's name, e.g. `monitoring.fetch-source`. */
  name: string;
  /** Which one, e.g. the id of the source. */
  key: string;
  runAt: Date;
  /** Replaces the stored payload; without it an existing row keeps its payload ({} for a new one). */
  payload?: JobPayload;
  /**
   * Without it, a job that is already scheduled keeps the earlier of its time and `runAt` (scheduling
   * "now" brings a job forward, scheduling "next month" never postpones it). With it, `runAt` replaces
   * the time (e.g. after the period of a source changed).
   */
  replaceRunAt?: boolean;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const iso = (date: Date) => date.toISOString();
/** Timestamps compared at the clock's precision, so a value written elsewhere with microseconds still matches. */
const msOf = (column: SQL) => sql`date_trunc('milliseconds', ${column})`;

function checkJob(name: string, key: string, runAt?: Date): void {
  if (name.trim() === "" || key === "") throw new Error("a scheduled job needs a name and a key");
  if (runAt && Number.isNaN(runAt.getTime())) throw new Error(`scheduled job ${name}/${key}: invalid run time`);
}

/**
 * Schedules job (name, key), or moves the one already there (see `replaceRunAt`). While a run of it
 * is under way the new time is kept as given, and the run's own next time is merged with it when
 * the run ends (the earlier wins), so a request made during a run is not lost.
 */
export async function schedule(db: Db, job: ScheduleJob): Promise<void> {
  checkJob(job.name, job.key, job.runAt);
  const runAt = job.replaceRunAt
    ? sql`excluded.run_at`
    : sql`case when ${scheduledJobs.lockedUntil} is not null then excluded.run_at else least(${scheduledJobs.runAt}, excluded.run_at) end`;
  await db
    .insert(scheduledJobs)
    .values({ name: job.name, key: job.key, runAt: job.runAt, payload: job.payload ?? {} })
    .onConflictDoUpdate({
      target: [scheduledJobs.name, scheduledJobs.key],
      set: job.payload === undefined ? { runAt } : { runAt, payload: sql`excluded.payload` },
    });
}

/** Removes job (name, key); a run under way finishes but writes nothing. Says whether there was one. */
export async function cancel(db: Db, name: string, key: string): Promise<boolean> {
  const gone = await db
    .delete(scheduledJobs)
    .where(and(eq(scheduledJobs.name, name), eq(scheduledJobs.key, key)))
    .returning({ key: scheduledJobs.key });
  return gone.length > 0;
}

/** Every scheduled job, the next due first: name, key, due, failures, last error and last success. */
export async function listScheduledJobs(db: Db): Promise<ScheduledJobStatus[]> {
  return db
    .select({
      name: scheduledJobs.name,
      key: scheduledJobs.key,
      dueAt: scheduledJobs.runAt,
      failures: scheduledJobs.failures,
      lastError: scheduledJobs.lastError,
      lastSuccessAt: scheduledJobs.lastSuccessAt,
      lockedUntil: scheduledJobs.lockedUntil,
    })
    .from(scheduledJobs)
    .orderBy(asc(scheduledJobs.runAt), asc(scheduledJobs.name), asc(scheduledJobs.key));
}

/**
 * Claims up to `limit` due jobs of the given names, the longest due first, each for its own lease.
 * One statement: rows another transaction is claiming right now are skipped (SKIP LOCKED), and rows
 * claimed and committed meanwhile fail the re-check of `locked_until`, so no row is claimed twice.
 */
export async function claimDueJobs(
  db: Db,
  leases: ReadonlyArray<{ name: string; leaseMs: number }>,
  now: Date,
  limit: number,
): Promise<ClaimedJob[]> {
  if (leases.length === 0 || limit < 1) return [];
  const until = sql.join(
    leases.map(({ name, leaseMs }) => sql`(${name}, ${iso(new Date(now.getTime() + leaseMs))}::timestamptz)`),
    sql`, `,
  );
  const names = sql.join(
    leases.map(({ name }) => sql`${name}`),
    sql`, `,
  );
  const rows = await rowsOf<{
    name: string;
    key: string;
    payload: JobPayload | string;
    run_at: Date | string;
    failures: number;
    locked_until: Date | string;
  }>(
    db,
    sql`update platform_scheduled_jobs as job
        set locked_until = lease.until
        from (values ${until}) as lease (name, until)
        where job.name = lease.name
          and (job.name, job.key) in (
            select name, key from platform_scheduled_jobs
            where name in (${names})
              and run_at <= ${iso(now)}::timestamptz
              and (locked_until is null or locked_until < ${iso(now)}::timestamptz)
            order by run_at, name, key
            limit ${limit}
            for update skip locked)
        returning job.name, job.key, job.payload, job.run_at, job.failures, job.locked_until`,
  );
  return rows
    .map((row) => ({
      name: row.name,
      key: row.key,
      payload: (typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload) ?? {},
      dueAt: new Date(row.run_at),
      failures: Number(row.failures),
      lockedUntil: new Date(row.locked_until),
    }))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || compare(a.name, b.name) || compare(a.key, b.key));
}

/** The row of this claim, only while the claim still holds. */
function stillClaimed(job: ClaimedJob): SQL {
  return sql`name = ${job.name} and key = ${job.key} and ${msOf(sql`locked_until`)} = ${iso(job.lockedUntil)}::timestamptz`;
}

/** run_at after a run: `next`, or the earlier of `next` and a time scheduled during the run. */
function nextRunAt(job: ClaimedJob, next: Date): SQL {
  return sql`case when ${msOf(sql`run_at`)} = ${iso(job.dueAt)}::timestamptz then ${iso(next)}::timestamptz
                  else least(run_at, ${iso(next)}::timestamptz) end`;
}

/**
 * Writes a success: the next run (or, with `next` null, removes the row, unless the job was scheduled
 * again during the run), no failures, the time of success, no lock. False if the claim was lost.
 */
export async function finishSuccess(
  db: Db,
  job: ClaimedJob,
  outcome: { next: Date | null; payload?: JobPayload },
  finishedAt: Date,
): Promise<boolean> {
  if (outcome.next === null) {
    const gone = await rowsOf(
      db,
      sql`delete from platform_scheduled_jobs
          where ${stillClaimed(job)} and ${msOf(sql`run_at`)} = ${iso(job.dueAt)}::timestamptz
          returning key`,
    );
    if (gone.length > 0) return true;
  }
  const payload = outcome.payload === undefined ? sql`payload` : sql`${JSON.stringify(outcome.payload)}::jsonb`;
  const runAt = outcome.next === null ? sql`run_at` : nextRunAt(job, outcome.next);
  const updated = await rowsOf(
    db,
    sql`update platform_scheduled_jobs
        set run_at = ${runAt}, payload = ${payload}, failures = 0, last_error = null,
            last_success_at = ${iso(finishedAt)}::timestamptz, locked_until = null
        where ${stillClaimed(job)}
        returning key`,
  );
  return updated.length > 0;
}

/** Writes a failure: one more in a row, its reason, the retry time, no lock. False if the claim was lost. */
export async function finishFailure(db: Db, job: ClaimedJob, reason: string, retryAt: Date): Promise<boolean> {
  const updated = await rowsOf(
    db,
    sql`update platform_scheduled_jobs
        set run_at = ${nextRunAt(job, retryAt)}, failures = failures + 1, last_error = ${reason}, locked_until = null
        where ${stillClaimed(job)}
        returning key`,
  );
  return updated.length > 0;
}
