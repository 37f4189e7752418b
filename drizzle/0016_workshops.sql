ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
-- The 'workshops' change counter: the measure page's journey and the home page check it before they
-- answer. Statement triggers, as for the other modules. Registrations do not move it (seats change
-- often and those pages do not show them); nor do the module's own bookkeeping columns (arrivals,
-- the erasure of access needs, the creator's id after an account was deleted).
INSERT INTO "platform_change_counters" ("name", "version") VALUES ('workshops', 0) ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER "workshops_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "workshops" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('workshops');
--> statement-breakpoint
CREATE TRIGGER "workshops_changed" AFTER UPDATE OF "title", "description", "agenda", "format", "starts_at", "ends_at", "venue", "accessibility", "capacity_on_site", "capacity_online", "measure_slug", "arena_entry_number", "process_id", "cancelled_at", "attended_on_site", "attended_online", "summary", "results", "follow_ups", "documented_at" ON "workshops" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('workshops');
--> statement-breakpoint
CREATE TRIGGER "workshop_groups_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "workshop_groups" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('workshops');
