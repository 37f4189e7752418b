CREATE TABLE "monitoring_indicators" (
	"key" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"definition_de" text DEFAULT '' NOT NULL,
	"definition_en" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"unit" text NOT NULL,
	"value_kind" text DEFAULT 'number' NOT NULL,
	"numerator" jsonb,
	"denominator" jsonb,
	"direction" text NOT NULL,
	"data_source" text DEFAULT '' NOT NULL,
	"frequency" text NOT NULL,
	"spatial_unit" text DEFAULT 'city' NOT NULL,
	"sdg_target" text,
	"standard_reference" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "monitoring_model_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"indicator_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"reason" text NOT NULL,
	"differences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "monitoring_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"indicator_key" text NOT NULL,
	"period" text NOT NULL,
	"spatial_unit" text DEFAULT 'city' NOT NULL,
	"value" double precision NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"corrects" uuid,
	"superseded_at" timestamp with time zone,
	"entered_by" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"indicator_key" text NOT NULL,
	"kind" text NOT NULL,
	"config" jsonb NOT NULL,
	"aggregation" text NOT NULL,
	"stale_since" timestamp with time zone,
	"last_error" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE INDEX "monitoring_indicators_name_de_idx" ON "monitoring_indicators" USING btree ("name_de","key");--> statement-breakpoint
CREATE INDEX "monitoring_indicators_name_en_idx" ON "monitoring_indicators" USING btree ("name_en","key");--> statement-breakpoint
CREATE INDEX "monitoring_indicators_created_by_idx" ON "monitoring_indicators" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "monitoring_indicators_updated_by_idx" ON "monitoring_indicators" USING btree ("updated_by");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_model_versions_measure_version_unique" ON "monitoring_model_versions" USING btree ("measure_id","version");--> statement-breakpoint
CREATE INDEX "monitoring_model_versions_indicator_keys_idx" ON "monitoring_model_versions" USING gin ("indicator_keys") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "monitoring_model_versions_created_by_idx" ON "monitoring_model_versions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "monitoring_observations_use_idx" ON "monitoring_observations" USING btree ("measure_id","indicator_key","period");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_observations_current_unique" ON "monitoring_observations" USING btree ("measure_id","indicator_key","period","spatial_unit") WHERE "monitoring_observations"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "monitoring_observations_entered_by_idx" ON "monitoring_observations" USING btree ("entered_by");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_sources_use_unique" ON "monitoring_sources" USING btree ("measure_id","indicator_key");--> statement-breakpoint
CREATE INDEX "monitoring_sources_next_attempt_idx" ON "monitoring_sources" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "monitoring_sources_created_by_idx" ON "monitoring_sources" USING btree ("created_by");--> statement-breakpoint
-- The 'monitoring' change counter: kept monitoring pages check it before they answer. Statement
-- triggers, as for the other modules, so a write of many rows counts once. Updates count only for
-- the columns pages show: removing a deleted account's id (created_by, entered_by …) or a data
-- source's bookkeeping of its attempts (failures, next attempt, last success) does not move it.
INSERT INTO "platform_change_counters" ("name", "version") VALUES ('monitoring', 0) ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER "monitoring_indicators_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_indicators" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_indicators_changed" AFTER UPDATE OF "key", "name_de", "name_en", "definition_de", "definition_en", "level", "unit", "value_kind", "numerator", "denominator", "direction", "data_source", "frequency", "spatial_unit", "sdg_target", "standard_reference", "demo", "version" ON "monitoring_indicators" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_model_versions_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_model_versions" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_model_versions_changed" AFTER UPDATE OF "measure_id", "version", "content", "indicator_keys", "reason", "differences", "demo" ON "monitoring_model_versions" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_observations_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_observations" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_observations_changed" AFTER UPDATE OF "measure_id", "indicator_key", "period", "spatial_unit", "value", "status", "source", "note", "corrects", "superseded_at", "demo" ON "monitoring_observations" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_sources_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_sources" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_sources_changed" AFTER UPDATE OF "measure_id", "indicator_key", "kind", "config", "aggregation", "stale_since", "last_error" ON "monitoring_sources" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
