CREATE TABLE "comment_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"body" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text NOT NULL,
	"parent_id" uuid,
	"author_id" uuid,
	"body" text NOT NULL,
	"language" text DEFAULT 'de' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"submission_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_blocks" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"blocked_by" uuid,
	"blocked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text NOT NULL,
	"action" text NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text NOT NULL,
	"body" text NOT NULL,
	"role" text NOT NULL,
	"author_id" uuid,
	"language" text DEFAULT 'de' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_hidden" (
	"resource_type" text NOT NULL,
	"resource_id" text NOT NULL,
	"reason" text NOT NULL,
	"hidden_at" timestamp with time zone NOT NULL,
	CONSTRAINT "moderation_hidden_resource_type_resource_id_pk" PRIMARY KEY("resource_type","resource_id")
);
--> statement-breakpoint
CREATE TABLE "moderation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text NOT NULL,
	"category" text NOT NULL,
	"reason" text NOT NULL,
	"reporter_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "comment_versions" ADD CONSTRAINT "comment_versions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_blocks" ADD CONSTRAINT "moderation_blocks_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_blocks" ADD CONSTRAINT "moderation_blocks_blocked_by_users_id_fk" FOREIGN KEY ("blocked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_feedback" ADD CONSTRAINT "moderation_feedback_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_reports" ADD CONSTRAINT "moderation_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_versions_comment_idx" ON "comment_versions" USING btree ("comment_id","replaced_at");--> statement-breakpoint
CREATE INDEX "comments_resource_idx" ON "comments" USING btree ("resource_type","resource_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_submission_unique" ON "comments" USING btree ("author_id","submission_key") WHERE "comments"."author_id" is not null;--> statement-breakpoint
CREATE INDEX "moderation_decisions_resource_idx" ON "moderation_decisions" USING btree ("resource_type","resource_id","decided_at");--> statement-breakpoint
CREATE INDEX "moderation_feedback_resource_idx" ON "moderation_feedback" USING btree ("resource_type","resource_id","created_at");--> statement-breakpoint
CREATE INDEX "moderation_hidden_at_idx" ON "moderation_hidden" USING btree ("hidden_at");--> statement-breakpoint
CREATE INDEX "moderation_reports_open_idx" ON "moderation_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "moderation_reports_resource_idx" ON "moderation_reports" USING btree ("resource_type","resource_id");--> statement-breakpoint
CREATE INDEX "moderation_reports_reporter_idx" ON "moderation_reports" USING btree ("reporter_id");--> statement-breakpoint
-- Comments and moderation have their own change counters, so pages that show comments, reports or
-- official feedback are made afresh when one of these tables changes and kept otherwise.
INSERT INTO "platform_change_counters" ("name", "version") VALUES ('comments', 0), ('moderation', 0) ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER "comments_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "comments" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('comments');
--> statement-breakpoint
CREATE TRIGGER "comment_versions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "comment_versions" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('comments');
--> statement-breakpoint
CREATE TRIGGER "moderation_reports_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "moderation_reports" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('moderation');
--> statement-breakpoint
CREATE TRIGGER "moderation_decisions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "moderation_decisions" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('moderation');
--> statement-breakpoint
CREATE TRIGGER "moderation_hidden_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "moderation_hidden" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('moderation');
--> statement-breakpoint
CREATE TRIGGER "moderation_blocks_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "moderation_blocks" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('moderation');
--> statement-breakpoint
CREATE TRIGGER "moderation_feedback_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "moderation_feedback" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('moderation');
