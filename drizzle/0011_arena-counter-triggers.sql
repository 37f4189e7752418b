-- A support or a comment moves only the counts beside an entry. Until now every such update also
-- moved the 'arena' change counter, so all supports queued on that one counter row (it stays locked
-- until each support's transaction commits) and every kept Arena page went stale with each click.
-- The counter now moves for what the pages are about (new, removed or changed entries, their states,
-- consortia, answers, files); pages that show counts are made afresh every few seconds instead.
DROP TRIGGER IF EXISTS "arena_supports_changed" ON "arena_supports";
--> statement-breakpoint
DROP TRIGGER IF EXISTS "arena_entries_changed" ON "arena_entries";
--> statement-breakpoint
CREATE TRIGGER "arena_entries_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "arena_entries" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
--> statement-breakpoint
CREATE TRIGGER "arena_entries_changed" AFTER UPDATE OF "kind", "state", "title", "problem", "affected", "approach", "language", "action_field_ids", "district_ids", "compass", "offers", "needs", "offer_note", "need_note", "stakeholder_group", "author_id", "consortium_id", "measure_slug", "hidden_reason", "version", "state_changed_at", "first_answer_at" ON "arena_entries" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
