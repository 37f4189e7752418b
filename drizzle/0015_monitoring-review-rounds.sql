CREATE TABLE "monitoring_lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"action_field_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"value_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"phase_id" text,
	"published_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('german', coalesce(text, '')) || to_tsvector('english', coalesce(text, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "monitoring_review_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"change" jsonb NOT NULL,
	"decision" text,
	"decision_comment" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"applied_version" integer
);
--> statement-breakpoint
CREATE TABLE "monitoring_review_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"measure_slug" text NOT NULL,
	"measure_title" jsonb NOT NULL,
	"values_note" text DEFAULT '' NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"went_well" text DEFAULT '' NOT NULL,
	"risks" text DEFAULT '' NOT NULL,
	"model_version" integer,
	"started" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"reminders_sent" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "monitoring_review_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"deadline" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"office_answer" text DEFAULT '' NOT NULL,
	"panel_name" text DEFAULT '' NOT NULL,
	"panel_recommendation" text DEFAULT '' NOT NULL,
	"panel_recommended_on" text,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "workshop_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"topic" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"arrival" integer NOT NULL,
	"group_id" uuid,
	"access_needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"access_need_other" text,
	"created_at" timestamp with time zone NOT NULL,
	"moved_up_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"agenda" text,
	"format" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text,
	"accessibility" text,
	"online_url" text,
	"capacity_on_site" integer,
	"capacity_online" integer,
	"measure_slug" text,
	"arena_entry_number" integer,
	"process_id" uuid,
	"arrivals" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"attended_on_site" integer,
	"attended_online" integer,
	"summary" text,
	"results" text,
	"follow_ups" text[] DEFAULT '{}'::text[] NOT NULL,
	"documented_at" timestamp with time zone,
	"access_needs_erased_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_lessons" ADD CONSTRAINT "monitoring_lessons_report_id_monitoring_review_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monitoring_review_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_review_proposals" ADD CONSTRAINT "monitoring_review_proposals_report_id_monitoring_review_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monitoring_review_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_review_reports" ADD CONSTRAINT "monitoring_review_reports_round_id_monitoring_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monitoring_review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_groups" ADD CONSTRAINT "workshop_groups_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_registrations" ADD CONSTRAINT "workshop_registrations_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_registrations" ADD CONSTRAINT "workshop_registrations_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_registrations" ADD CONSTRAINT "workshop_registrations_group_id_workshop_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."workshop_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_lessons_report_idx" ON "monitoring_lessons" USING btree ("report_id","position");--> statement-breakpoint
CREATE INDEX "monitoring_lessons_published_idx" ON "monitoring_lessons" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "monitoring_lessons_measure_idx" ON "monitoring_lessons" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "monitoring_lessons_tags_idx" ON "monitoring_lessons" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "monitoring_lessons_action_fields_idx" ON "monitoring_lessons" USING gin ("action_field_ids");--> statement-breakpoint
CREATE INDEX "monitoring_lessons_values_idx" ON "monitoring_lessons" USING gin ("value_ids");--> statement-breakpoint
CREATE INDEX "monitoring_lessons_search_idx" ON "monitoring_lessons" USING gin ("search");--> statement-breakpoint
CREATE INDEX "monitoring_review_proposals_report_idx" ON "monitoring_review_proposals" USING btree ("report_id","position");--> statement-breakpoint
CREATE INDEX "monitoring_review_proposals_decided_idx" ON "monitoring_review_proposals" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "monitoring_review_proposals_decided_by_idx" ON "monitoring_review_proposals" USING btree ("decided_by");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_review_reports_round_measure_unique" ON "monitoring_review_reports" USING btree ("round_id","measure_id");--> statement-breakpoint
CREATE INDEX "monitoring_review_reports_measure_idx" ON "monitoring_review_reports" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "monitoring_review_reports_updated_by_idx" ON "monitoring_review_reports" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "monitoring_review_rounds_created_idx" ON "monitoring_review_rounds" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "monitoring_review_rounds_published_idx" ON "monitoring_review_rounds" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "monitoring_review_rounds_created_by_idx" ON "monitoring_review_rounds" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_groups_position_unique" ON "workshop_groups" USING btree ("workshop_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_registrations_active_unique" ON "workshop_registrations" USING btree ("workshop_id","account_id") WHERE "workshop_registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "workshop_registrations_seats_idx" ON "workshop_registrations" USING btree ("workshop_id","mode","status","arrival");--> statement-breakpoint
CREATE INDEX "workshop_registrations_account_idx" ON "workshop_registrations" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "workshops_starts_at_idx" ON "workshops" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "workshops_measure_idx" ON "workshops" USING btree ("measure_slug","starts_at");--> statement-breakpoint
CREATE INDEX "workshops_arena_entry_idx" ON "workshops" USING btree ("arena_entry_number");--> statement-breakpoint
CREATE INDEX "workshops_process_idx" ON "workshops" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "workshops_created_by_idx" ON "workshops" USING btree ("created_by");--> statement-breakpoint
-- Review rounds, reports, proposals and lessons count as monitoring changes: the measure's journey
-- and the review pages are kept by the 'monitoring' counter. Updates count only for the columns
-- pages show, not for removing a deleted account's id or the reminders' bookkeeping.
CREATE TRIGGER "monitoring_review_rounds_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_review_rounds" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_review_rounds_changed" AFTER UPDATE OF "title", "period_from", "period_to", "deadline", "state", "office_answer", "panel_name", "panel_recommendation", "panel_recommended_on", "published_at" ON "monitoring_review_rounds" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_review_reports_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_review_reports" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_review_reports_changed" AFTER UPDATE OF "measure_title", "values_note", "narrative", "went_well", "risks", "started", "submitted_at" ON "monitoring_review_reports" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_review_proposals_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_review_proposals" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_review_proposals_changed" AFTER UPDATE OF "change", "decision", "decision_comment", "decided_at", "applied_version" ON "monitoring_review_proposals" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_lessons_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "monitoring_lessons" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
--> statement-breakpoint
CREATE TRIGGER "monitoring_lessons_changed" AFTER UPDATE OF "text", "tags", "published_at" ON "monitoring_lessons" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('monitoring');
