import { type SQL, sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { FieldChange } from "../domain/diff";
import type { BilingualText, GoalIndicator, Link, MeasureExtras, Resource, TeamMember } from "../domain/model";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** The strategy itself (one row): its name, who adopted it, and the labels of the compass scale. */
export const strategyMeta = pgTable("strategy_meta", {
  id: text("id").primaryKey(),
  nameDe: text("name_de").notNull(),
  nameEn: text("name_en").notNull().default(""),
  short: text("short").notNull().default(""),
  adoptedBy: text("adopted_by").notNull().default(""),
  adoptedOn: text("adopted_on"),
  owner: text("owner").notNull().default(""),
  fundingProgramme: text("funding_programme").notNull().default(""),
  sources: jsonb("sources").$type<string[]>().notNull().default([]),
  scaleLabelsDe: jsonb("scale_labels_de").$type<string[]>().notNull(),
  scaleLabelsEn: jsonb("scale_labels_en").$type<string[]>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/** The values of the values compass, with their assessment questions. */
export const compassValues = pgTable("strategy_values", {
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  nameEn: text("name_en").notNull().default(""),
  descriptionDe: text("description_de").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  questions: jsonb("questions").$type<BilingualText[]>().notNull().default([]),
  sourceStatus: text("source_status").notNull(),
});

export const clusters = pgTable("strategy_clusters", {
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  nameEn: text("name_en").notNull().default(""),
  sourceStatus: text("source_status").notNull(),
});

export const actionFields = pgTable(
  "strategy_action_fields",
  {
    id: text("id").primaryKey(),
    clusterId: text("cluster_id")
      .notNull()
      .references(() => clusters.id),
    position: integer("position").notNull(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull().default(""),
    descriptionDe: text("description_de").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    sourceStatus: text("source_status").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("strategy_action_fields_cluster_idx").on(t.clusterId, t.position)],
);

export const spatialLevels = pgTable("strategy_spatial_levels", {
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  nameEn: text("name_en").notNull().default(""),
  sourceStatus: text("source_status").notNull(),
});

export const phases = pgTable("strategy_phases", {
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  nameEn: text("name_en").notNull().default(""),
});

/** Organisations taking part in the strategy, with their stakeholder group (`kind`). */
export const organisations = pgTable(
  "strategy_organisations",
  {
    id: text("id").primaryKey(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull().default(""),
    kind: text("kind"),
    sourceStatus: text("source_status").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("strategy_organisations_name_idx").on(t.nameDe)],
);

export const governanceBodies = pgTable("strategy_governance_bodies", {
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  nameDe: text("name_de").notNull(),
  nameEn: text("name_en").notNull().default(""),
  roleDe: text("role_de").notNull().default(""),
  roleEn: text("role_en").notNull().default(""),
});

/**
 * Measures. Lists of ids (action fields, districts, …) are arrays with GIN indexes, so filters stay
 * index lookups (GIN without a pending list, so a fresh import is searched through the index at
 * once); `search` is kept up to date by PostgreSQL itself (German and English stemming);
 * `version` guards against saving over someone else's change.
 */
export const measures = pgTable(
  "strategy_measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    /** The identifier the measure has in the strategy's own documents (e.g. "P1"); the import's key. */
    code: text("code"),
    titleDe: text("title_de").notNull(),
    titleEn: text("title_en").notNull().default(""),
    summaryDe: text("summary_de").notNull().default(""),
    summaryEn: text("summary_en").notNull().default(""),
    descriptionDe: text("description_de").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    type: text("type").notNull(),
    pilot: boolean("pilot").notNull().default(false),
    origin: text("origin").notNull().default("strategy"),
    originRef: text("origin_ref"),
    responsibleOrganisationId: text("responsible_organisation_id").references(() => organisations.id),
    involvedOrganisationIds: text("involved_organisation_ids").array().notNull().default(sql`'{}'::text[]`),
    cityWide: boolean("city_wide").notNull().default(false),
    districtIds: text("district_ids").array().notNull().default(sql`'{}'::text[]`),
    periodStart: text("period_start"),
    periodEnd: text("period_end"),
    periodNoteDe: text("period_note_de").notNull().default(""),
    periodNoteEn: text("period_note_en").notNull().default(""),
    status: text("status"),
    phaseId: text("phase_id").references(() => phases.id),
    actionFieldIds: text("action_field_ids").array().notNull(),
    spatialLevelIds: text("spatial_level_ids").array().notNull().default(sql`'{}'::text[]`),
    /** Values the measure serves strongly (score ≥ 2 in force), kept by every assessment write. */
    strongValueIds: text("strong_value_ids").array().notNull().default(sql`'{}'::text[]`),
    goalOutputDe: text("goal_output_de").notNull().default(""),
    goalOutputEn: text("goal_output_en").notNull().default(""),
    goalOutcomeDe: text("goal_outcome_de").notNull().default(""),
    goalOutcomeEn: text("goal_outcome_en").notNull().default(""),
    goalImpactDe: text("goal_impact_de").notNull().default(""),
    goalImpactEn: text("goal_impact_en").notNull().default(""),
    indicators: jsonb("indicators").$type<GoalIndicator[]>().notNull().default([]),
    team: jsonb("team").$type<TeamMember[]>().notNull().default([]),
    resources: jsonb("resources").$type<Resource[]>().notNull().default([]),
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    links: jsonb("links").$type<Link[]>().notNull().default([]),
    extras: jsonb("extras").$type<MeasureExtras>().notNull(),
    sourceStatus: text("source_status").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('german', coalesce(title_de, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(summary_de, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(summary_en, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description_de, '')), 'C') ||
        setweight(to_tsvector('english', coalesce(description_en, '')), 'C')`,
    ),
    /** The titles alone: a search that matches the title ranks first (cheap to test, unlike ts_rank). */
    titleSearch: tsvector("title_search").generatedAlwaysAs(
      (): SQL => sql`to_tsvector('german', coalesce(title_de, '')) || to_tsvector('english', coalesce(title_en, ''))`,
    ),
  },
  (t) => [
    uniqueIndex("strategy_measures_slug_unique").on(t.slug),
    uniqueIndex("strategy_measures_code_unique").on(t.code).where(sql`${t.code} is not null`),
    index("strategy_measures_search_idx").using("gin", t.search).with({ fastupdate: false }),
    index("strategy_measures_action_fields_idx").using("gin", t.actionFieldIds).with({ fastupdate: false }),
    index("strategy_measures_districts_idx").using("gin", t.districtIds).with({ fastupdate: false }),
    index("strategy_measures_spatial_levels_idx").using("gin", t.spatialLevelIds).with({ fastupdate: false }),
    index("strategy_measures_strong_values_idx").using("gin", t.strongValueIds).with({ fastupdate: false }),
    index("strategy_measures_involved_idx").using("gin", t.involvedOrganisationIds).with({ fastupdate: false }),
    index("strategy_measures_responsible_idx").on(t.responsibleOrganisationId),
    index("strategy_measures_type_idx").on(t.type),
    index("strategy_measures_status_idx").on(t.status),
    index("strategy_measures_phase_idx").on(t.phaseId),
    index("strategy_measures_title_de_idx").on(sql`${t.titleDe} collate "und-x-icu"`, t.id),
    index("strategy_measures_title_en_idx").on(
      sql`(coalesce(nullif(${t.titleEn}, ''), ${t.titleDe})) collate "und-x-icu"`,
      t.id,
    ),
    index("strategy_measures_start_idx").on(t.periodStart, t.id),
    index("strategy_measures_updated_idx").on(t.updatedAt, t.id),
  ],
);

/** Every assessment of a measure against a value; none is ever overwritten (the history). */
export const assessments = pgTable(
  "strategy_assessments",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    measureId: uuid("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    valueId: text("value_id")
      .notNull()
      .references(() => compassValues.id),
    sequence: integer("sequence").notNull(),
    score: smallint("score").notNull(),
    rationaleDe: text("rationale_de").notNull().default(""),
    rationaleEn: text("rationale_en").notNull().default(""),
    assessedBy: text("assessed_by").notNull(),
    assessedOn: text("assessed_on").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    recordedBy: text("recorded_by").notNull(),
    /** "demo" for an invented assessment of the demo data. */
    sourceStatus: text("source_status"),
  },
  (t) => [uniqueIndex("strategy_assessments_sequence_unique").on(t.measureId, t.sequence)],
);

/** The version history of a measure: what changed field by field, who changed it and when. */
export const measureVersions = pgTable(
  "strategy_measure_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    measureId: uuid("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    kind: text("kind").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    authorId: uuid("author_id"),
    authorLabel: text("author_label").notNull(),
    changes: jsonb("changes").$type<FieldChange[]>().notNull(),
  },
  (t) => [uniqueIndex("strategy_measure_versions_unique").on(t.measureId, t.version)],
);
