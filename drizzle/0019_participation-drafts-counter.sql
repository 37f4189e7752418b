-- A new version of a draft moves the 'participation' change counter, so the kept draft pages (the
-- text review's page of a process) are made afresh. Comments on its paragraphs move the comments
-- counter, which those pages check as well.
CREATE TRIGGER "participation_drafts_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "participation_drafts" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('participation');
