import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Work that must be done once, at a time, across every process (fetching a data source each month,
 * say): one row per job name and key. A process claims a due row for a while (`locked_until`), runs
 * it, and either schedules the next run or, after a failure, a retry with back-off. Rows survive a
 * restart, so nothing scheduled is forgotten.
 */
export const scheduledJobs = pgTable(
  "platform_scheduled_jobs",
  {
    /** What to run, e.g. `monitoring.fetch-source`: the handler a module registers under this name. */
    name: text("name").notNull(),
    /** Which one, e.g. the id of the source. */
    key: text("key").notNull(),
    /** Data the handler needs beyond the key. */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    /** Due from this moment. */
    runAt: timestamp("run_at", { withTimezone: true }).notNull(),
    /** Failures in a row since the last success. */
    failures: integer("failures").notNull().default(0),
    /** The reason of the last failure (a short code, never a stack trace). */
    lastError: text("last_error"),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    /** Claimed by a process until this moment; a process that died frees it when the time is up. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.name, t.key] }), index("platform_scheduled_jobs_due_idx").on(t.runAt)],
);
