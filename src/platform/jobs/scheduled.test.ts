import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postgresUrl, testDatabaseKinds, withDatabase } from "../../../tests/support/database";
import { createDeps } from "../../app/bootstrap";
import { loadConfig } from "../config/config";
import { type Database, rowsOf, wrapPool } from "../db/database";
import type { Deps } from "../deps";
import { createMemoryLogger } from "../log/logger";
import {
  cancel,
  exponentialBackOff,
  failureReason,
  listScheduledJobs,
  runDueJobs,
  type ScheduledJob,
  type ScheduledJobHandler,
  type ScheduledJobOutcome,
  schedule,
  scheduledJobsRunner,
} from "./scheduled";
import { claimDueJobs, finishSuccess } from "./scheduled-store";
import { scheduledJobs } from "./schema";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LEASE = 5 * MINUTE;

/** A handler whose runs are recorded; `answer` decides each run's outcome (or throws). */
function recordingHandler(
  name: string,
  answer: (job: ScheduledJob, now: Date) => Promise<ScheduledJobOutcome> | ScheduledJobOutcome,
  backOff = exponentialBackOff(MINUTE, DAY),
) {
  const runs: ScheduledJob[] = [];
  const handler: ScheduledJobHandler = {
    name,
    leaseMs: LEASE,
    backOff,
    run: async (deps, job) => {
      runs.push(job);
      return answer(job, deps.clock());
    },
  };
  return { handler, runs };
}

class SourceFailure extends Error {
  constructor(readonly reason: string) {
    super(`page 1: ${reason} (example.org)`);
  }
}

describe.each(testDatabaseKinds)("scheduled jobs on $kind", ({ kind, open }) => {
  let database: Database;
  let deps: Deps;
  let logger: ReturnType<typeof createMemoryLogger>;
  const start = new Date(Date.UTC(2026, 2, 1, 12));
  let now = start;
  const at = (ms: number) => new Date(start.getTime() + ms);
  const row = async (name: string, key: string) =>
    (await listScheduledJobs(database.db)).find((job) => job.name === name && job.key === key);

  beforeAll(async () => {
    database = await open();
    logger = createMemoryLogger();
    deps = await createDeps(loadConfig({ LOG_LEVEL: "silent" }), database, { logger, clock: () => now });
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    now = start;
    logger.entries.length = 0;
    await database.db.delete(scheduledJobs);
  });

  it("runs a due job once, with its key and payload, and schedules its next run", async () => {
    const monthly = recordingHandler("test.fetch", (_job, clock) => ({
      nextRunAt: new Date(clock.getTime() + 30 * DAY),
    }));
    await schedule(database.db, { name: "test.fetch", key: "source-1", runAt: at(-MINUTE), payload: { url: "x" } });

    expect(await runDueJobs(deps, [monthly.handler])).toEqual([
      { name: "test.fetch", key: "source-1", result: "rescheduled" },
    ]);
    expect(monthly.runs).toEqual([
      { name: "test.fetch", key: "source-1", payload: { url: "x" }, dueAt: at(-MINUTE), failures: 0 },
    ]);
    expect(await row("test.fetch", "source-1")).toEqual({
      name: "test.fetch",
      key: "source-1",
      dueAt: at(30 * DAY),
      failures: 0,
      lastError: null,
      lastSuccessAt: start,
      lockedUntil: null,
    });

    // Nothing more is due, now or a day later; a month later it runs again.
    expect(await runDueJobs(deps, [monthly.handler])).toEqual([]);
    now = at(DAY);
    expect(await runDueJobs(deps, [monthly.handler])).toEqual([]);
    now = at(30 * DAY);
    expect(await runDueJobs(deps, [monthly.handler])).toHaveLength(1);
    expect(monthly.runs).toHaveLength(2);
  });

  it("does not run a job scheduled in the future, nor jobs whose handler this process lacks", async () => {
    const handler = recordingHandler("test.later", () => ({ nextRunAt: null }));
    await schedule(database.db, { name: "test.later", key: "a", runAt: at(MINUTE) });
    await schedule(database.db, { name: "other.unknown", key: "a", runAt: at(-DAY) });

    expect(await runDueJobs(deps, [handler.handler])).toEqual([]);
    expect(handler.runs).toEqual([]);
    expect((await row("other.unknown", "a"))?.lockedUntil).toBeNull();

    now = at(MINUTE);
    expect(await runDueJobs(deps, [handler.handler])).toEqual([{ name: "test.later", key: "a", result: "done" }]);
  });

  it("removes the row when the handler answers no next run, and cancel removes a job", async () => {
    const once = recordingHandler("test.once", () => ({ nextRunAt: null }));
    await schedule(database.db, { name: "test.once", key: "a", runAt: at(-MINUTE) });
    await schedule(database.db, { name: "test.once", key: "b", runAt: at(-MINUTE) });

    expect(await cancel(database.db, "test.once", "b")).toBe(true);
    expect(await cancel(database.db, "test.once", "b")).toBe(false);
    expect(await runDueJobs(deps, [once.handler])).toEqual([{ name: "test.once", key: "a", result: "done" }]);
    expect(once.runs.map((job) => job.key)).toEqual(["a"]);
    expect(await listScheduledJobs(database.db)).toEqual([]);
  });

  it("keeps the earlier time when a job is scheduled again, unless told to replace it", async () => {
    await schedule(database.db, { name: "test.s", key: "a", runAt: at(DAY), payload: { n: 1 } });
    await schedule(database.db, { name: "test.s", key: "a", runAt: at(2 * DAY) });
    expect(await row("test.s", "a")).toMatchObject({ dueAt: at(DAY) });
    await schedule(database.db, { name: "test.s", key: "a", runAt: at(MINUTE), payload: { n: 2 } });
    expect(await row("test.s", "a")).toMatchObject({ dueAt: at(MINUTE) });
    await schedule(database.db, { name: "test.s", key: "a", runAt: at(3 * DAY), replaceRunAt: true });
    expect(await row("test.s", "a")).toMatchObject({ dueAt: at(3 * DAY) });

    const seen = recordingHandler("test.s", () => ({ nextRunAt: null }));
    now = at(3 * DAY);
    await runDueJobs(deps, [seen.handler]);
    expect(seen.runs[0]?.payload).toEqual({ n: 2 });
  });

  it("counts a failure, stores its reason without a stack, retries by the back-off and goes on with the next job", async () => {
    const flaky = recordingHandler("test.flaky", (job) => {
      if (job.failures < 2) throw new SourceFailure("http-status 503");
      return { nextRunAt: at(30 * DAY), payload: { fetchedUpTo: "2026-03" } };
    });
    const steady = recordingHandler("test.steady", () => ({ nextRunAt: at(DAY) }));
    await schedule(database.db, { name: "test.flaky", key: "a", runAt: at(-2 * MINUTE) });
    await schedule(database.db, { name: "test.steady", key: "b", runAt: at(-MINUTE) });

    expect(await runDueJobs(deps, [flaky.handler, steady.handler])).toEqual([
      { name: "test.flaky", key: "a", result: "failed" },
      { name: "test.steady", key: "b", result: "rescheduled" },
    ]);
    expect(await row("test.flaky", "a")).toMatchObject({
      failures: 1,
      lastError: "http-status 503: page 1: http-status 503 (example.org)",
      dueAt: at(MINUTE), // first back-off: a minute
      lockedUntil: null,
      lastSuccessAt: null,
    });
    const logged = logger.entries.find((entry) => entry.message === "scheduled job failed");
    expect(logged).toMatchObject({ level: "warn", job: "test.flaky", key: "a", failures: 1 });
    expect(JSON.stringify(logger.entries)).not.toMatch(/\bat .*\.ts:\d+|stack/);

    // Not before its retry time; then the second failure waits twice as long.
    expect(await runDueJobs(deps, [flaky.handler])).toEqual([]);
    now = at(MINUTE);
    await runDueJobs(deps, [flaky.handler]);
    expect(await row("test.flaky", "a")).toMatchObject({ failures: 2, dueAt: at(3 * MINUTE) });
    now = at(3 * MINUTE);
    expect(await runDueJobs(deps, [flaky.handler])).toEqual([{ name: "test.flaky", key: "a", result: "rescheduled" }]);
    expect(flaky.runs.map((job) => job.failures)).toEqual([0, 1, 2]);
    expect(await row("test.flaky", "a")).toMatchObject({
      failures: 0,
      lastError: null,
      lastSuccessAt: at(3 * MINUTE),
      dueAt: at(30 * DAY),
    });
    const [stored] = await database.db
      .select({ payload: scheduledJobs.payload })
      .from(scheduledJobs)
      .where(eq(scheduledJobs.name, "test.flaky"));
    expect(stored?.payload).toEqual({ fetchedUpTo: "2026-03" });
  });

  it("survives handlers that throw anything, answer nonsense or have a broken back-off", async () => {
    const weird: ScheduledJobHandler[] = [
      {
        name: "test.string",
        leaseMs: LEASE,
        backOff: () => at(DAY),
        run: () => Promise.reject("just a string"),
      },
      {
        name: "test.nonsense",
        leaseMs: LEASE,
        backOff: () => {
          throw new Error("broken");
        },
        run: async () => ({ nextRunAt: "tomorrow" }) as unknown as ScheduledJobOutcome,
      },
      {
        name: "test.sync-throw",
        leaseMs: LEASE,
        backOff: () => new Date(Number.NaN),
        run: () => {
          throw new RangeError(`line one\n    at somewhere (file.ts:1:1)`);
        },
      },
    ];
    for (const handler of weird) await schedule(database.db, { name: handler.name, key: "k", runAt: at(-MINUTE) });

    const reports = await runDueJobs(deps, weird);
    expect(reports.map((report) => report.result)).toEqual(["failed", "failed", "failed"]);
    expect(await row("test.string", "k")).toMatchObject({ lastError: "thrown: just a string", dueAt: at(DAY) });
    expect(await row("test.nonsense", "k")).toMatchObject({
      lastError: "TypeError: the handler answered no nextRunAt (a Date or null)",
      dueAt: at(60 * MINUTE),
    });
    expect(await row("test.sync-throw", "k")).toMatchObject({
      lastError: "RangeError: line one at somewhere (file.ts:1:1)",
      dueAt: at(60 * MINUTE),
    });
  });

  it("never runs one job in two runners at once", async () => {
    const running = new Set<string>();
    let overlaps = 0;
    const runs: string[] = [];
    const slow: ScheduledJobHandler = {
      name: "test.slow",
      leaseMs: LEASE,
      backOff: exponentialBackOff(MINUTE, DAY),
      run: async (_deps, job) => {
        if (running.has(job.key)) overlaps++;
        running.add(job.key);
        runs.push(job.key);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running.delete(job.key);
        return { nextRunAt: at(DAY) };
      },
    };
    const keys = Array.from({ length: 12 }, (_, i) => `k${String(i).padStart(2, "0")}`);
    for (const key of keys) await schedule(database.db, { name: "test.slow", key, runAt: at(-MINUTE) });

    const reports = await Promise.all([1, 2, 3].map(() => runDueJobs(deps, [slow])));
    expect(overlaps).toBe(0);
    expect([...runs].sort()).toEqual([...keys].sort());
    expect(reports.flat()).toHaveLength(keys.length);
    if (kind === "postgres") expect(reports.filter((report) => report.length > 0).length).toBeGreaterThan(1);
    expect((await listScheduledJobs(database.db)).every((job) => job.dueAt.getTime() === at(DAY).getTime())).toBe(true);
  });

  it.runIf(kind === "postgres")("never runs one job twice when two processes (two pools) run at once", async () => {
    // A second pool on the same database, as a second process would open it.
    const [{ name } = { name: "" }] = await rowsOf<{ name: string }>(
      database.db,
      sql`select current_database() as name`,
    );
    const other = await wrapPool(new pg.Pool({ connectionString: withDatabase(postgresUrl as string, name), max: 5 }));
    try {
      const otherDeps = await createDeps(loadConfig({ LOG_LEVEL: "silent" }), other, { logger, clock: () => now });
      const runs: string[] = [];
      const handler: ScheduledJobHandler = {
        name: "test.two",
        leaseMs: LEASE,
        backOff: exponentialBackOff(MINUTE, DAY),
        run: async (_deps, job) => {
          runs.push(job.key);
          await new Promise((resolve) => setTimeout(resolve, 2));
          return { nextRunAt: null };
        },
      };
      const keys = Array.from({ length: 40 }, (_, i) => `k${String(i).padStart(2, "0")}`);
      for (const key of keys) await schedule(database.db, { name: "test.two", key, runAt: at(-MINUTE) });
      const [mine, theirs] = await Promise.all([
        runDueJobs(deps, [handler], { maxJobs: 100 }),
        runDueJobs(otherDeps, [handler], { maxJobs: 100 }),
      ]);
      expect([...runs].sort()).toEqual(keys);
      expect((mine?.length ?? 0) + (theirs?.length ?? 0)).toBe(keys.length);
      expect(await listScheduledJobs(database.db)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("leaves a running job to its runner while the lease lasts", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const blocked = recordingHandler("test.blocked", async () => {
      await gate;
      return { nextRunAt: at(DAY) };
    });
    await schedule(database.db, { name: "test.blocked", key: "a", runAt: at(-MINUTE) });

    const first = runDueJobs(deps, [blocked.handler]);
    while (blocked.runs.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    now = at(LEASE - 1);
    expect(await runDueJobs(deps, [blocked.handler])).toEqual([]);
    expect(await row("test.blocked", "a")).toMatchObject({ lockedUntil: at(LEASE) });
    release();
    expect(await first).toEqual([{ name: "test.blocked", key: "a", result: "rescheduled" }]);
    expect(blocked.runs).toHaveLength(1);
  });

  it("takes a job again once the lease of a runner that died has run out, and drops the dead run's outcome", async () => {
    const handler = recordingHandler("test.lease", () => ({ nextRunAt: at(30 * DAY) }));
    await schedule(database.db, { name: "test.lease", key: "a", runAt: at(-MINUTE) });
    // A process claims the job and dies before it writes an outcome.
    const [dead] = await claimDueJobs(database.db, [{ name: "test.lease", leaseMs: LEASE }], now, 5);
    expect(dead).toMatchObject({ key: "a", lockedUntil: at(LEASE) });

    now = at(LEASE);
    expect(await runDueJobs(deps, [handler.handler])).toEqual([]);
    now = at(LEASE + 1);
    expect(await runDueJobs(deps, [handler.handler])).toEqual([
      { name: "test.lease", key: "a", result: "rescheduled" },
    ]);
    expect(handler.runs).toHaveLength(1);

    // The dead run's late outcome would schedule tomorrow: it is dropped.
    expect(await finishSuccess(database.db, dead as NonNullable<typeof dead>, { next: at(DAY) }, now)).toBe(false);
    expect(await row("test.lease", "a")).toMatchObject({ dueAt: at(30 * DAY), lockedUntil: null });
  });

  it("merges a time scheduled during a run with the run's next time, the earlier winning", async () => {
    const handler = recordingHandler("test.during", async (job) => {
      if (job.key === "sooner") await schedule(database.db, { name: "test.during", key: job.key, runAt: at(DAY) });
      if (job.key === "later") await schedule(database.db, { name: "test.during", key: job.key, runAt: at(60 * DAY) });
      if (job.key === "again") await schedule(database.db, { name: "test.during", key: job.key, runAt: at(DAY) });
      return { nextRunAt: job.key === "again" ? null : at(30 * DAY) };
    });
    for (const key of ["sooner", "later", "again"])
      await schedule(database.db, { name: "test.during", key, runAt: at(-MINUTE) });

    await runDueJobs(deps, [handler.handler]);
    expect(await row("test.during", "sooner")).toMatchObject({ dueAt: at(DAY), failures: 0, lockedUntil: null });
    expect(await row("test.during", "later")).toMatchObject({ dueAt: at(30 * DAY) });
    // Answered "never again", but scheduled during the run: the row stays for that run.
    expect(await row("test.during", "again")).toMatchObject({ dueAt: at(DAY), lastSuccessAt: start });
  });

  it("runs from the periodic job with the clock of deps, at most maxJobs per tick", async () => {
    const handler = recordingHandler("test.tick", () => ({ nextRunAt: null }));
    for (const key of ["a", "b", "c"]) await schedule(database.db, { name: "test.tick", key, runAt: at(-MINUTE) });
    const runner = scheduledJobsRunner([handler.handler], { everyMs: 10_000, maxJobs: 2 });
    expect(runner).toMatchObject({ name: "platform.scheduled-jobs", everyMs: 10_000 });

    await runner.run(deps);
    expect(handler.runs.map((job) => job.key)).toEqual(["a", "b"]);
    await runner.run(deps);
    expect(handler.runs.map((job) => job.key)).toEqual(["a", "b", "c"]);
    expect(logger.entries.filter((entry) => entry.message === "scheduled jobs ran")).toHaveLength(2);
  });
});

describe("scheduled-job handlers", () => {
  const handler = (name: string, leaseMs = LEASE): ScheduledJobHandler => ({
    name,
    leaseMs,
    backOff: exponentialBackOff(MINUTE, DAY),
    run: async () => ({ nextRunAt: null }),
  });

  it("refuses two handlers of one name and a lease that is not positive, at start", () => {
    expect(() => scheduledJobsRunner([handler("a.b"), handler("a.b")])).toThrow(/two scheduled-job handlers/);
    expect(() => scheduledJobsRunner([handler("a.b", 0)])).toThrow(/leaseMs/);
    expect(scheduledJobsRunner([]).everyMs).toBe(30_000);
  });

  it("doubles the back-off up to its ceiling", () => {
    const backOff = exponentialBackOff(MINUTE, 10 * MINUTE);
    const t0 = new Date(0);
    expect([1, 2, 3, 4, 5, 50].map((failures) => backOff(failures, t0).getTime() / MINUTE)).toEqual([
      1, 2, 4, 8, 10, 10,
    ]);
  });

  it("gives a failure's reason on one short line, never its stack", () => {
    const coded = Object.assign(new Error("page 2: http-status 500 (host)"), {
      messageKey: "monitoring.errors.sourceHttpStatus",
    });
    expect(failureReason(coded)).toBe("monitoring.errors.sourceHttpStatus: page 2: http-status 500 (host)");
    class NotReachable extends Error {}
    expect(failureReason(new NotReachable("timeout"))).toBe("NotReachable: timeout");
    expect(failureReason(new Error("x".repeat(1000))).length).toBeLessThanOrEqual(300);
    const withStack = new Error("boom");
    expect(failureReason(withStack)).toBe("Error: boom");
    expect(failureReason(undefined)).toBe("thrown: undefined");
  });
});
