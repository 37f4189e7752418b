-- The catalogue's change counter joins the platform's counters, so one read per request tells a
-- process whether any kept page is still up to date (before, the catalogue had its own table and a
-- second read). The strategy tables' triggers keep their function; it now moves the platform
-- counter 'catalogue' on and announces it on the platform's channel.
INSERT INTO "platform_change_counters" ("name", "version")
SELECT 'catalogue', coalesce((SELECT "version" FROM "strategy_catalogue_state" WHERE "id" = 'catalogue'), 0)
ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION strategy_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE platform_change_counters SET version = version + 1 WHERE name = 'catalogue';
  PERFORM pg_notify('platform_changes', 'catalogue');
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TABLE "strategy_catalogue_state" CASCADE;
