-- Supports of comments on a draft's paragraphs and the office's answers to them move the
-- 'participation' change counter, so a paragraph's page, kept in memory for everyone, is made
-- afresh when they change. Proposed wordings come with their comment, which moves the comments
-- counter.
CREATE TRIGGER "participation_comment_supports_changed" AFTER INSERT OR DELETE OR TRUNCATE ON "participation_comment_supports" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('participation');--> statement-breakpoint
CREATE TRIGGER "participation_comment_answers_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "participation_comment_answers" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('participation');
