CREATE TABLE "platform_change_counters" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "platform_change_counters" ("name", "version") VALUES ('identity', 0), ('budget', 0), ('panel', 0);
--> statement-breakpoint
CREATE FUNCTION platform_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE platform_change_counters SET version = version + 1 WHERE name = TG_ARGV[0];
  PERFORM pg_notify('platform_changes', TG_ARGV[0]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_ended" AFTER DELETE OR TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('identity');
--> statement-breakpoint
CREATE TRIGGER "sessions_changed" AFTER UPDATE OF "user_id", "expires_at", "second_factor_at" ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('identity');
--> statement-breakpoint
CREATE TRIGGER "users_removed" AFTER DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('identity');
--> statement-breakpoint
CREATE TRIGGER "users_changed" AFTER UPDATE OF "email", "email_verified_at", "display_name", "locale", "deleted_at" ON "users" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('identity');
--> statement-breakpoint
CREATE TRIGGER "role_assignments_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "role_assignments" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('identity');
--> statement-breakpoint
CREATE TRIGGER "budget_budgets_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "budget_budgets" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('budget');
--> statement-breakpoint
CREATE TRIGGER "budget_headings_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "budget_headings" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('budget');
--> statement-breakpoint
CREATE TRIGGER "budget_projects_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "budget_projects" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('budget');
--> statement-breakpoint
CREATE TRIGGER "panels_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "panels" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('panel');
--> statement-breakpoint
CREATE TRIGGER "panel_address_files_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "panel_address_files" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('panel');
--> statement-breakpoint
CREATE TRIGGER "panel_invitations_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "panel_invitations" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('panel');
--> statement-breakpoint
CREATE TRIGGER "panel_volunteers_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "panel_volunteers" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('panel');
--> statement-breakpoint
CREATE TRIGGER "panel_jobs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "panel_jobs" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('panel');
--> statement-breakpoint
CREATE TRIGGER "panel_lotteries_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "panel_lotteries" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('panel');
--> statement-breakpoint
CREATE TRIGGER "panel_replacements_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "panel_replacements" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('panel');
