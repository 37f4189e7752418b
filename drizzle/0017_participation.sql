CREATE TABLE "participation_comment_answers" (
	"comment_id" uuid PRIMARY KEY NOT NULL,
	"answer" text NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_comment_supports" (
	"comment_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "participation_comment_supports_comment_id_account_id_pk" PRIMARY KEY("comment_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "participation_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"markdown" jsonb NOT NULL,
	"sections" jsonb NOT NULL,
	"change_note" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_hidden_answers" (
	"response_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"reason" text NOT NULL,
	"hidden_at" timestamp with time zone NOT NULL,
	CONSTRAINT "participation_hidden_answers_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "participation_ideas" (
	"process_id" uuid NOT NULL,
	"arena_entry_number" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "participation_ideas_process_id_arena_entry_number_pk" PRIMARY KEY("process_id","arena_entry_number")
);
--> statement-breakpoint
CREATE TABLE "participation_invitations" (
	"process_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "participation_invitations_process_id_account_id_pk" PRIMARY KEY("process_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "participation_paragraphs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"text" jsonb NOT NULL,
	"predecessor_id" uuid,
	"comment_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"method" text NOT NULL,
	"description" jsonb,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_processes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_key" text,
	"subject_topic" jsonb,
	"action_field" text,
	"districts" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisation" text NOT NULL,
	"contact" text NOT NULL,
	"visibility" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"announced_phase" integer DEFAULT -1 NOT NULL,
	"report_summary" jsonb,
	"report_published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_report_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"heard" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"response" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_survey_profiles" (
	"response_id" uuid PRIMARY KEY NOT NULL,
	"stakeholder_group" text,
	"district" text,
	"age_group" text
);
--> statement-breakpoint
CREATE TABLE "participation_survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"account_id" uuid,
	"browser_key" text,
	"answers" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"questions" jsonb NOT NULL,
	"answered_by" text NOT NULL,
	"profile_questions" text[] DEFAULT '{}'::text[] NOT NULL,
	"results_published_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "participation_surveys_process_unique" UNIQUE("process_id")
);
--> statement-breakpoint
CREATE TABLE "participation_wordings" (
	"comment_id" uuid PRIMARY KEY NOT NULL,
	"paragraph_id" uuid NOT NULL,
	"wording" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_comment_answers" ADD CONSTRAINT "participation_comment_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_supports" ADD CONSTRAINT "participation_comment_supports_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_drafts" ADD CONSTRAINT "participation_drafts_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_drafts" ADD CONSTRAINT "participation_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_hidden_answers" ADD CONSTRAINT "participation_hidden_answers_response_id_participation_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."participation_survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_ideas" ADD CONSTRAINT "participation_ideas_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_invitations" ADD CONSTRAINT "participation_invitations_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_invitations" ADD CONSTRAINT "participation_invitations_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_paragraphs" ADD CONSTRAINT "participation_paragraphs_draft_id_participation_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."participation_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_phases" ADD CONSTRAINT "participation_phases_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_processes" ADD CONSTRAINT "participation_processes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_report_points" ADD CONSTRAINT "participation_report_points_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_profiles" ADD CONSTRAINT "participation_survey_profiles_response_id_participation_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."participation_survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_responses" ADD CONSTRAINT "participation_survey_responses_survey_id_participation_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."participation_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_responses" ADD CONSTRAINT "participation_survey_responses_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_surveys" ADD CONSTRAINT "participation_surveys_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_wordings" ADD CONSTRAINT "participation_wordings_paragraph_id_participation_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."participation_paragraphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_comment_supports_account_idx" ON "participation_comment_supports" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_drafts_version_unique" ON "participation_drafts" USING btree ("process_id","version");--> statement-breakpoint
CREATE INDEX "participation_ideas_entry_idx" ON "participation_ideas" USING btree ("arena_entry_number");--> statement-breakpoint
CREATE INDEX "participation_invitations_account_idx" ON "participation_invitations" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_paragraphs_position_unique" ON "participation_paragraphs" USING btree ("draft_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_paragraphs_number_unique" ON "participation_paragraphs" USING btree ("draft_id","number");--> statement-breakpoint
CREATE INDEX "participation_paragraphs_predecessor_idx" ON "participation_paragraphs" USING btree ("predecessor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_phases_position_unique" ON "participation_phases" USING btree ("process_id","position");--> statement-breakpoint
CREATE INDEX "participation_phases_time_idx" ON "participation_phases" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_processes_slug_unique" ON "participation_processes" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "participation_processes_subject_idx" ON "participation_processes" USING btree ("subject_kind","subject_key");--> statement-breakpoint
CREATE INDEX "participation_processes_action_field_idx" ON "participation_processes" USING btree ("action_field");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_report_points_position_unique" ON "participation_report_points" USING btree ("process_id","position");--> statement-breakpoint
CREATE INDEX "participation_survey_profiles_filter_idx" ON "participation_survey_profiles" USING btree ("stakeholder_group","district");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_survey_responses_account_unique" ON "participation_survey_responses" USING btree ("survey_id","account_id") WHERE "participation_survey_responses"."account_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_survey_responses_browser_unique" ON "participation_survey_responses" USING btree ("survey_id","browser_key") WHERE "participation_survey_responses"."browser_key" is not null;--> statement-breakpoint
CREATE INDEX "participation_survey_responses_account_idx" ON "participation_survey_responses" USING btree ("account_id");