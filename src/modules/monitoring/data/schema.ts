import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  customType,
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
import type { Bilingual, Difference, LogicModel, ProposedChange } from "../domain/logic-model";

/** Postgres full-text search vectors (the lessons' search). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

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

/**
 * Review rounds (domain/review-round.ts): the office opens one with a deadline, every measure with a
 * logic model at that moment gets a report row to fill in. The citizen panel's recommendation and the
 * office's answer are published with the round; the panel has no accounts of its own, so the office
 * records the recommendation on its behalf, naming the panel and the day it was given.
 */
export const monitoringReviewRounds = pgTable(
  "monitoring_review_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    /** The reported period, as days (YYYY-MM-DD). */
    periodFrom: text("period_from").notNull(),
    periodTo: text("period_to").notNull(),
    /** The last day to report (YYYY-MM-DD). */
    deadline: text("deadline").notNull(),
    /** open | closed | published */
    state: text("state").notNull().default("open"),
    officeAnswer: text("office_answer").notNull().default(""),
    panelName: text("panel_name").notNull().default(""),
    panelRecommendation: text("panel_recommendation").notNull().default(""),
    /** The day the panel gave its recommendation (YYYY-MM-DD), null without one. */
    panelRecommendedOn: text("panel_recommended_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Null once the account is deleted (the round stays). */
    createdBy: uuid("created_by"),
  },
  (t) => [
    index("monitoring_review_rounds_created_idx").on(t.createdAt),
    index("monitoring_review_rounds_published_idx").on(t.publishedAt),
    index("monitoring_review_rounds_created_by_idx").on(t.createdBy),
  ],
);

/** One measure's report in one round; its lessons and proposals are rows of their own. */
export const monitoringReviewReports = pgTable(
  "monitoring_review_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => monitoringReviewRounds.id, { onDelete: "cascade" }),
    measureId: uuid("measure_id").notNull(),
    measureSlug: text("measure_slug").notNull(),
    /** The measure's title when the report was last written, for lists of the round. */
    measureTitle: jsonb("measure_title").$type<Bilingual>().notNull(),
    valuesNote: text("values_note").notNull().default(""),
    narrative: text("narrative").notNull().default(""),
    wentWell: text("went_well").notNull().default(""),
    risks: text("risks").notNull().default(""),
    /** The version of the logic model the report was written against. */
    modelVersion: integer("model_version"),
    /** Saved at least once by the team (a draft). */
    started: boolean("started").notNull().default(false),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** The reminders sent (days before the deadline), so each goes once. */
    remindersSent: integer("reminders_sent").array().notNull().default(sql`'{}'::integer[]`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    /** Null once the account is deleted (the report stays). */
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    uniqueIndex("monitoring_review_reports_round_measure_unique").on(t.roundId, t.measureId),
    index("monitoring_review_reports_measure_idx").on(t.measureId),
    index("monitoring_review_reports_updated_by_idx").on(t.updatedBy),
  ],
);

/** A proposed change of a report to its logic model, and the office's decision on it. */
export const monitoringReviewProposals = pgTable(
  "monitoring_review_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => monitoringReviewReports.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    change: jsonb("change").$type<ProposedChange>().notNull(),
    /** accepted | returned; null while open. */
    decision: text("decision"),
    decisionComment: text("decision_comment").notNull().default(""),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Null once the account is deleted (the decision stays). */
    decidedBy: uuid("decided_by"),
    /** The version of the logic model the accepted change went into. */
    appliedVersion: integer("applied_version"),
  },
  (t) => [
    index("monitoring_review_proposals_report_idx").on(t.reportId, t.position),
    index("monitoring_review_proposals_decided_idx").on(t.decidedAt),
    index("monitoring_review_proposals_decided_by_idx").on(t.decidedBy),
  ],
);

/**
 * The lessons of the reports, public once their round is published. What the measure was at the
 * time of the report (its action fields, the values it serves strongly, its phase) is kept with each
 * lesson, so the public list filters in one table and a lesson stays where it was learnt.
 */
export const monitoringLessons = pgTable(
  "monitoring_lessons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => monitoringReviewReports.id, { onDelete: "cascade" }),
    roundId: uuid("round_id").notNull(),
    measureId: uuid("measure_id").notNull(),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    actionFieldIds: text("action_field_ids").array().notNull().default(sql`'{}'::text[]`),
    valueIds: text("value_ids").array().notNull().default(sql`'{}'::text[]`),
    phaseId: text("phase_id"),
    /** Set when the round is published; null lessons are not public. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL => sql`to_tsvector('german', coalesce(text, '')) || to_tsvector('english', coalesce(text, ''))`,
    ),
  },
  (t) => [
    index("monitoring_lessons_report_idx").on(t.reportId, t.position),
    index("monitoring_lessons_published_idx").on(t.publishedAt, t.id),
    index("monitoring_lessons_measure_idx").on(t.measureId),
    index("monitoring_lessons_tags_idx").using("gin", t.tags),
    index("monitoring_lessons_action_fields_idx").using("gin", t.actionFieldIds),
    index("monitoring_lessons_values_idx").using("gin", t.valueIds),
    index("monitoring_lessons_search_idx").using("gin", t.search),
  ],
);
