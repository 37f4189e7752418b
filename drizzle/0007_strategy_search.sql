DROP INDEX "strategy_measures_search_idx";--> statement-breakpoint
DROP INDEX "strategy_measures_action_fields_idx";--> statement-breakpoint
DROP INDEX "strategy_measures_districts_idx";--> statement-breakpoint
DROP INDEX "strategy_measures_spatial_levels_idx";--> statement-breakpoint
DROP INDEX "strategy_measures_strong_values_idx";--> statement-breakpoint
DROP INDEX "strategy_measures_involved_idx";--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD COLUMN "title_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('german', coalesce(title_de, '')) || to_tsvector('english', coalesce(title_en, ''))) STORED;--> statement-breakpoint
CREATE INDEX "strategy_measures_search_idx" ON "strategy_measures" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_action_fields_idx" ON "strategy_measures" USING gin ("action_field_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_districts_idx" ON "strategy_measures" USING gin ("district_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_spatial_levels_idx" ON "strategy_measures" USING gin ("spatial_level_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_strong_values_idx" ON "strategy_measures" USING gin ("strong_value_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_involved_idx" ON "strategy_measures" USING gin ("involved_organisation_ids") WITH (fastupdate=false);