import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Bilingual, Difference, LogicModel } from "../domain/logic-model";

/**
 * The monitoring module's tables. A measure is referred to by its id in the strategy module (no
 * foreign key across modules); an indicator USE is named by the measure and the key of the
 * definition it uses, because a logic model uses each definition at most once (domain/logic-model.ts)
 * and the key stays the same from one version of the model to the next. So observations and sources
 * stay attached to "indicator X of measure M" whatever else the model's revisions change.
 */

/** The catalogue: reusable indicator definitions (domain/indicator.ts), one row per key. */
export const monitoringIndicators = pgTable(
  "monitoring_indicators",
  {
    key: text("key").primaryKey(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    definitionDe: text("definition_de").notNull().default(""),
    definitionEn: text("definition_en").notNull().default(""),
    level: text("level").notNull(),
    /** A UCUM code (domain/units.ts). */
    unit: text("unit").notNull(),
    valueKind: text("value_kind").notNull().default("number"),
    numerator: jsonb("numerator").$type<Bilingual | null>(),
    denominator: jsonb("denominator").$type<Bilingual | null>(),
    direction: text("direction").notNull(),
    dataSource: text("data_source").notNull().default(""),
    frequency: text("frequency").notNull(),
    spatialUnit: text("spatial_unit").notNull().default("city"),
    sdgTarget: text("sdg_target"),
    standardReference: text("standard_reference"),
    /** Invented for the demo (shown with a "demo" badge). */
    demo: boolean("demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    /** Null for the seed and once the account is deleted (the definition stays). */
    createdBy: uuid("created_by"),
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    index("monitoring_indicators_name_de_idx").on(t.nameDe, t.key),
    index("monitoring_indicators_name_en_idx").on(t.nameEn, t.key),
    index("monitoring_indicators_created_by_idx").on(t.createdBy),
    index("monitoring_indicators_updated_by_idx").on(t.updatedBy),
  ],
);

/**
 * Every version of every measure's logic model, never changed once written: the current version is
 * the highest. `differences` are what the version changed against the one before, each with its
 * reason, so the history can be told without comparing versions again.
 */
export const monitoringModelVersions = pgTable(
  "monitoring_model_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("measure_id").notNull(),
    version: integer("version").notNull(),
    content: jsonb("content").$type<LogicModel>().notNull(),
    /** The keys of the definitions the version uses, for "is this definition in use?" through an index. */
    indicatorKeys: text("indicator_keys").array().notNull().default(sql`'{}'::text[]`),
    reason: text("reason").notNull(),
    differences: jsonb("differences").$type<Difference[]>().notNull().default([]),
    demo: boolean("demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** Null for the seed and once the account is deleted (the version stays). */
    createdBy: uuid("created_by"),
  },
  (t) => [
    uniqueIndex("monitoring_model_versions_measure_version_unique").on(t.measureId, t.version),
    index("monitoring_model_versions_indicator_keys_idx").using("gin", t.indicatorKeys).with({ fastupdate: false }),
    index("monitoring_model_versions_created_by_idx").on(t.createdBy),
  ],
);

/**
 * Measured values. A correction never overwrites: it inserts a new row that names the row it
 * `corrects`, and the old row gets `superseded_at`, so the old value stays readable. At most one
 * value per indicator use, period and area is current (not superseded).
 */
export const monitoringObservations = pgTable(
  "monitoring_observations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("measure_id").notNull(),
    /** The key of the definition; with the measure it names the indicator use (see above). */
    indicatorKey: text("indicator_key").notNull(),
    /** A period key of the definition's frequency (domain/periods.ts). */
    period: text("period").notNull(),
    /** "city" or one of the city's district keys. */
    spatialUnit: text("spatial_unit").notNull().default("city"),
    value: doublePrecision("value").notNull(),
    /** provisional | final | corrected */
    status: text("status").notNull(),
    /** form | csv | sensorthings | json */
    source: text("source").notNull(),
    note: text("note").notNull().default(""),
    /** The row this one corrects. */
    corrects: uuid("corrects"),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    /** Null for values from background jobs and the seed, and once the account is deleted. */
    enteredBy: uuid("entered_by"),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [
    index("monitoring_observations_use_idx").on(t.measureId, t.indicatorKey, t.period),
    uniqueIndex("monitoring_observations_current_unique")
      .on(t.measureId, t.indicatorKey, t.period, t.spatialUnit)
      .where(sql`${t.supersededAt} is null`),
    index("monitoring_observations_entered_by_idx").on(t.enteredBy),
  ],
);

/** Where an indicator use's values come from automatically (one source per use). */
export const monitoringSources = pgTable(
  "monitoring_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("measure_id").notNull(),
    indicatorKey: text("indicator_key").notNull(),
    /** sensorthings | json */
    kind: text("kind").notNull(),
    /** Checked with the domain's schema of the kind (sensorthings.ts, json-source.ts) before it is written. */
    config: jsonb("config").$type<Record<string, unknown>>().notNull(),
    /** mean | sum | min | max | count */
    aggregation: text("aggregation").notNull(),
    /** Since when the source counts as stale (domain/back-off.ts), null while it delivers. */
    staleSince: timestamp("stale_since", { withTimezone: true }),
    /** The message key of the last failure, null after a success. */
    lastError: text("last_error"),
    failures: integer("failures").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    /** Null once the account is deleted (the source stays). */
    createdBy: uuid("created_by"),
  },
  (t) => [
    uniqueIndex("monitoring_sources_use_unique").on(t.measureId, t.indicatorKey),
    index("monitoring_sources_next_attempt_idx").on(t.nextAttemptAt),
    index("monitoring_sources_created_by_idx").on(t.createdBy),
  ],
);
