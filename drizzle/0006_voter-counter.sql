-- Where each voter votes and whether they cast a ballot have their own counter ('voters'), so a
-- person's ballot page can be kept until one of these changes without the public budget pages
-- (counter 'budget') being made afresh for every ballot cast.
INSERT INTO "platform_change_counters" ("name", "version") VALUES ('voters', 0) ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER "budget_ballots_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "budget_ballots" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('voters');
--> statement-breakpoint
CREATE TRIGGER "budget_residences_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "budget_residences" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('voters');
--> statement-breakpoint
-- An account's district is part of what its pages may show (where it votes): it counts as a change
-- of the account, like its name or address.
DROP TRIGGER "users_changed" ON "users";
--> statement-breakpoint
CREATE TRIGGER "users_changed" AFTER UPDATE OF "email", "email_verified_at", "display_name", "locale", "deleted_at", "district" ON "users" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('identity');
