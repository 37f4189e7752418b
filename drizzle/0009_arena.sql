-- Similar entries are found by trigram similarity of titles (pg_trgm, a trusted extension: the
-- database owner may create it; PGlite loads it at start).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "arena_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid,
	"entry_id" uuid,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arena_collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"account_id" uuid,
	"message" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "arena_consortia" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "arena_consortia_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "arena_consortium_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_entry_id" uuid NOT NULL,
	"to_entry_id" uuid NOT NULL,
	"requested_by" uuid,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "arena_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"step" integer DEFAULT 1 NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"entry_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arena_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"affected" text DEFAULT '' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'de' NOT NULL,
	"action_field_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"district_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"compass" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"offers" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_note" text DEFAULT '' NOT NULL,
	"need_note" text DEFAULT '' NOT NULL,
	"stakeholder_group" text,
	"author_id" uuid,
	"consortium_id" uuid,
	"measure_slug" text,
	"hidden_reason" text,
	"support_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"state_changed_at" timestamp with time zone NOT NULL,
	"first_answer_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', title), 'A') ||
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('german', problem || ' ' || affected), 'B') ||
        setweight(to_tsvector('english', problem || ' ' || affected), 'B') ||
        setweight(to_tsvector('german', approach), 'C') ||
        setweight(to_tsvector('english', approach), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "arena_entry_versions" (
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"edited_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "arena_entry_versions_entry_id_version_pk" PRIMARY KEY("entry_id","version")
);
--> statement-breakpoint
CREATE TABLE "arena_state_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"explanation" text NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arena_supports" (
	"entry_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "arena_supports_entry_id_account_id_pk" PRIMARY KEY("entry_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "arena_collaborations" ADD CONSTRAINT "arena_collaborations_entry_id_arena_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."arena_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arena_consortium_requests" ADD CONSTRAINT "arena_consortium_requests_from_entry_id_arena_entries_id_fk" FOREIGN KEY ("from_entry_id") REFERENCES "public"."arena_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arena_consortium_requests" ADD CONSTRAINT "arena_consortium_requests_to_entry_id_arena_entries_id_fk" FOREIGN KEY ("to_entry_id") REFERENCES "public"."arena_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arena_entry_versions" ADD CONSTRAINT "arena_entry_versions_entry_id_arena_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."arena_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arena_state_changes" ADD CONSTRAINT "arena_state_changes_entry_id_arena_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."arena_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arena_supports" ADD CONSTRAINT "arena_supports_entry_id_arena_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."arena_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arena_attachments_entry_idx" ON "arena_attachments" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "arena_attachments_draft_idx" ON "arena_attachments" USING btree ("draft_id");--> statement-breakpoint
CREATE UNIQUE INDEX "arena_collaborations_open_unique" ON "arena_collaborations" USING btree ("entry_id","account_id") WHERE status in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "arena_collaborations_account_idx" ON "arena_collaborations" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "arena_consortium_requests_open_unique" ON "arena_consortium_requests" USING btree ("from_entry_id","to_entry_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "arena_drafts_account_idx" ON "arena_drafts" USING btree ("account_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "arena_entries_number_unique" ON "arena_entries" USING btree ("number");--> statement-breakpoint
CREATE INDEX "arena_entries_search_idx" ON "arena_entries" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "arena_entries_title_trgm_idx" ON "arena_entries" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "arena_entries_action_fields_idx" ON "arena_entries" USING gin ("action_field_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "arena_entries_districts_idx" ON "arena_entries" USING gin ("district_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "arena_entries_offers_idx" ON "arena_entries" USING gin ("offers") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "arena_entries_needs_idx" ON "arena_entries" USING gin ("needs") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "arena_entries_created_idx" ON "arena_entries" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "arena_entries_supports_idx" ON "arena_entries" USING btree ("support_count","id");--> statement-breakpoint
CREATE INDEX "arena_entries_comments_idx" ON "arena_entries" USING btree ("comment_count","id");--> statement-breakpoint
CREATE INDEX "arena_entries_state_idx" ON "arena_entries" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "arena_entries_author_idx" ON "arena_entries" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "arena_entries_consortium_idx" ON "arena_entries" USING btree ("consortium_id");--> statement-breakpoint
CREATE INDEX "arena_state_changes_entry_idx" ON "arena_state_changes" USING btree ("entry_id","created_at");--> statement-breakpoint
CREATE INDEX "arena_state_changes_at_idx" ON "arena_state_changes" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "arena_supports_account_idx" ON "arena_supports" USING btree ("account_id");--> statement-breakpoint
INSERT INTO "platform_change_counters" ("name", "version") VALUES ('arena', 0) ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER "arena_entries_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "arena_entries" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
--> statement-breakpoint
CREATE TRIGGER "arena_supports_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "arena_supports" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
--> statement-breakpoint
CREATE TRIGGER "arena_state_changes_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "arena_state_changes" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
--> statement-breakpoint
CREATE TRIGGER "arena_collaborations_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "arena_collaborations" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
--> statement-breakpoint
CREATE TRIGGER "arena_consortia_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "arena_consortia" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
--> statement-breakpoint
CREATE TRIGGER "arena_consortium_requests_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "arena_consortium_requests" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
--> statement-breakpoint
CREATE TRIGGER "arena_attachments_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "arena_attachments" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('arena');
