import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Change counters that in-memory caches check before they answer: `identity` (sessions ended,
 * accounts changed or deleted, roles granted or revoked), `catalogue` (every strategy table), `budget` (budgets, headings, projects;
 * not ballots), `voters` (ballots and where voters vote) and `panel` (every panel table). Triggers in the migration count them up in the
 * writing transaction, so a reader sees a new value exactly when the change is committed.
 */
export const changeCounters = pgTable("platform_change_counters", {
  name: text("name").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
