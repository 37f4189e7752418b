-- An Arena entry submitted to a process's idea call moves the 'participation' change counter, so
-- every kept page that shows a process's ideas is made afresh. Ideas are few beside page views;
-- supports and comments on them move the arena and comments counters only.
CREATE TRIGGER "participation_ideas_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "participation_ideas" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('participation');
