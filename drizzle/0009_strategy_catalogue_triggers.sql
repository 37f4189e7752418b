-- Every change of the strategy catalogue moves one counter on, so each process can keep pages and
-- the reference tables in memory and knows at once when they are out of date.
ALTER TABLE "strategy_catalogue_state" RENAME COLUMN "reference_version" TO "version";
--> statement-breakpoint
DELETE FROM "strategy_catalogue_state";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION strategy_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO strategy_catalogue_state (id, version) VALUES ('catalogue', 1)
  ON CONFLICT (id) DO UPDATE SET version = strategy_catalogue_state.version + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "strategy_meta_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_meta" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_values_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_values" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_clusters_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_clusters" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_action_fields_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_action_fields" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_spatial_levels_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_spatial_levels" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_phases_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_phases" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_organisations_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_organisations" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_governance_bodies_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_governance_bodies" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_measures_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_measures" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_assessments_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_assessments" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_measure_versions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_measure_versions" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
