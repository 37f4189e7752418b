-- The 'participation' change counter: the home page, the measure page's journey and the open-data
-- page check it before they answer. Statement triggers, as for the other modules. It moves with
-- processes and their phases; not with the announcement mark, the creator's id after an account
-- was deleted, nor with anything residents contribute (comments, answers).
INSERT INTO "platform_change_counters" ("name", "version") VALUES ('participation', 0) ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER "participation_processes_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "participation_processes" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('participation');
--> statement-breakpoint
CREATE TRIGGER "participation_processes_changed" AFTER UPDATE OF "slug", "title", "summary", "subject_kind", "subject_key", "subject_topic", "action_field", "districts", "organisation", "contact", "visibility", "demo", "report_summary", "report_published_at" ON "participation_processes" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('participation');
--> statement-breakpoint
CREATE TRIGGER "participation_phases_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "participation_phases" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('participation');
