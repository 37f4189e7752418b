
CREATE TABLE "strategy_action_fields" (
	"id" text PRIMARY KEY NOT NULL,
	"cluster_id" text NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"description_de" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"source_status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_assessments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"measure_id" uuid NOT NULL,
	"value_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"score" smallint NOT NULL,
	"rationale_de" text DEFAULT '' NOT NULL,
	"rationale_en" text DEFAULT '' NOT NULL,
	"assessed_by" text NOT NULL,
	"assessed_on" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_clusters" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"source_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_values" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"description_de" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_governance_bodies" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"role_de" text DEFAULT '' NOT NULL,
	"role_en" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_measure_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"measure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"code" text,
	"title_de" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary_de" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"description_de" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"pilot" boolean DEFAULT false NOT NULL,
	"origin" text DEFAULT 'strategy' NOT NULL,
	"origin_ref" text,
	"responsible_organisation_id" text,
	"involved_organisation_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"city_wide" boolean DEFAULT false NOT NULL,
	"district_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"period_start" text,
	"period_end" text,
	"period_note_de" text DEFAULT '' NOT NULL,
	"period_note_en" text DEFAULT '' NOT NULL,
	"status" text,
	"phase_id" text,
	"action_field_ids" text[] NOT NULL,
	"spatial_level_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"strong_value_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"goal_output_de" text DEFAULT '' NOT NULL,
	"goal_output_en" text DEFAULT '' NOT NULL,
	"goal_outcome_de" text DEFAULT '' NOT NULL,
	"goal_outcome_en" text DEFAULT '' NOT NULL,
	"goal_impact_de" text DEFAULT '' NOT NULL,
	"goal_impact_en" text DEFAULT '' NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"resources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extras" jsonb NOT NULL,
	"source_status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title_de, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(summary_de, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(summary_en, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description_de, '')), 'C') ||
        setweight(to_tsvector('english', coalesce(description_en, '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "strategy_organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"kind" text,
	"source_status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_phases" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_spatial_levels" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"source_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_meta" (
	"id" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"short" text DEFAULT '' NOT NULL,
	"adopted_by" text DEFAULT '' NOT NULL,
	"adopted_on" text,
	"owner" text DEFAULT '' NOT NULL,
	"funding_programme" text DEFAULT '' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scale_labels_de" jsonb NOT NULL,
	"scale_labels_en" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "strategy_action_fields" ADD CONSTRAINT "strategy_action_fields_cluster_id_strategy_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."strategy_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_assessments" ADD CONSTRAINT "strategy_assessments_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_assessments" ADD CONSTRAINT "strategy_assessments_value_id_strategy_values_id_fk" FOREIGN KEY ("value_id") REFERENCES "public"."strategy_values"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measure_versions" ADD CONSTRAINT "strategy_measure_versions_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD CONSTRAINT "strategy_measures_responsible_organisation_id_strategy_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."strategy_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD CONSTRAINT "strategy_measures_phase_id_strategy_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."strategy_phases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategy_action_fields_cluster_idx" ON "strategy_action_fields" USING btree ("cluster_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_assessments_sequence_unique" ON "strategy_assessments" USING btree ("measure_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_measure_versions_unique" ON "strategy_measure_versions" USING btree ("measure_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_measures_slug_unique" ON "strategy_measures" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_measures_code_unique" ON "strategy_measures" USING btree ("code") WHERE "strategy_measures"."code" is not null;--> statement-breakpoint
CREATE INDEX "strategy_measures_search_idx" ON "strategy_measures" USING gin ("search");--> statement-breakpoint
CREATE INDEX "strategy_measures_action_fields_idx" ON "strategy_measures" USING gin ("action_field_ids");--> statement-breakpoint
CREATE INDEX "strategy_measures_districts_idx" ON "strategy_measures" USING gin ("district_ids");--> statement-breakpoint
CREATE INDEX "strategy_measures_spatial_levels_idx" ON "strategy_measures" USING gin ("spatial_level_ids");--> statement-breakpoint
CREATE INDEX "strategy_measures_strong_values_idx" ON "strategy_measures" USING gin ("strong_value_ids");--> statement-breakpoint
CREATE INDEX "strategy_measures_involved_idx" ON "strategy_measures" USING gin ("involved_organisation_ids");--> statement-breakpoint
CREATE INDEX "strategy_measures_responsible_idx" ON "strategy_measures" USING btree ("responsible_organisation_id");--> statement-breakpoint
CREATE INDEX "strategy_measures_type_idx" ON "strategy_measures" USING btree ("type");--> statement-breakpoint
CREATE INDEX "strategy_measures_status_idx" ON "strategy_measures" USING btree ("status");--> statement-breakpoint
CREATE INDEX "strategy_measures_phase_idx" ON "strategy_measures" USING btree ("phase_id");--> statement-breakpoint
CREATE INDEX "strategy_measures_title_de_idx" ON "strategy_measures" USING btree ("title_de" collate "und-x-icu","id");--> statement-breakpoint
CREATE INDEX "strategy_measures_title_en_idx" ON "strategy_measures" USING btree ((coalesce(nullif("title_en", ''), "title_de")) collate "und-x-icu","id");--> statement-breakpoint
CREATE INDEX "strategy_measures_start_idx" ON "strategy_measures" USING btree ("period_start","id");--> statement-breakpoint
CREATE INDEX "strategy_measures_updated_idx" ON "strategy_measures" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "strategy_organisations_name_idx" ON "strategy_organisations" USING btree ("name_de");
