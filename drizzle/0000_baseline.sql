CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "email_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"email" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_type" text,
	"scope_id" text,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"email_verified_at" timestamp with time zone,
	"password_hash" text,
	"display_name" text NOT NULL,
	"locale" text DEFAULT 'de' NOT NULL,
	"district" text,
	"stakeholder_group" text,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "app_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"heading_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"choices" jsonb NOT NULL,
	"receipt_hash" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone,
	CONSTRAINT "budget_ballots_receipt_hash_unique" UNIQUE("receipt_hash")
);
--> statement-breakpoint
CREATE TABLE "budget_headings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"name" text NOT NULL,
	"district" text,
	"amount" bigint NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"heading_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"estimated_cost" bigint NOT NULL,
	"official_cost" bigint,
	"action_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"review_reason" text,
	"merged_into" uuid,
	"proposed_by" uuid,
	"measure_slug" text,
	"created_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "budget_voting_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"budget_id" uuid NOT NULL,
	"heading_id" uuid NOT NULL,
	"batch" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "budget_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"rule" text NOT NULL,
	"ballot_type" text NOT NULL,
	"max_projects" integer,
	"knapsack" boolean DEFAULT false NOT NULL,
	"points_total" integer,
	"proposals_start" timestamp with time zone NOT NULL,
	"review_start" timestamp with time zone NOT NULL,
	"voting_start" timestamp with time zone NOT NULL,
	"results_start" timestamp with time zone NOT NULL,
	"implementation_start" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_budgets_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "panel_address_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rows" integer NOT NULL,
	"ciphertext" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"letter_number" integer NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"step" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" jsonb,
	"outcome" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "panel_lotteries" (
	"panel_id" uuid PRIMARY KEY NOT NULL,
	"list_text" text NOT NULL,
	"hash" text NOT NULL,
	"size" integer NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"seed" text,
	"drawn_index" integer,
	"drawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "panel_replacements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"leaving" text NOT NULL,
	"replacement" text NOT NULL,
	"eligible" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_volunteers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"pseudonym" text NOT NULL,
	"features" jsonb NOT NULL,
	"name" text,
	"email" text,
	"locale" text,
	"probability" double precision,
	"legacy_probability" double precision,
	"selected" boolean,
	"notified_at" timestamp with time zone,
	"registered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"size" integer NOT NULL,
	"lottery_size" integer NOT NULL,
	"features" jsonb NOT NULL,
	"status" text DEFAULT 'setup' NOT NULL,
	"retention_days" integer DEFAULT 365 NOT NULL,
	"invitations_sent" integer DEFAULT 0 NOT NULL,
	"personal_data_deleted_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_action_fields" (
	"id" text PRIMARY KEY NOT NULL,
	"cluster_id" text NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"description_de" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"source_status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_assessments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"measure_id" uuid NOT NULL,
	"value_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"score" smallint NOT NULL,
	"rationale_de" text DEFAULT '' NOT NULL,
	"rationale_en" text DEFAULT '' NOT NULL,
	"assessed_by" text NOT NULL,
	"assessed_on" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	"source_status" text
);
--> statement-breakpoint
CREATE TABLE "strategy_catalogue_state" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_clusters" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"source_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_values" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"description_de" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_governance_bodies" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"role_de" text DEFAULT '' NOT NULL,
	"role_en" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_measure_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"measure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"code" text,
	"title_de" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary_de" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"description_de" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"pilot" boolean DEFAULT false NOT NULL,
	"origin" text DEFAULT 'strategy' NOT NULL,
	"origin_ref" text,
	"responsible_organisation_id" text,
	"involved_organisation_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"city_wide" boolean DEFAULT false NOT NULL,
	"district_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"period_start" text,
	"period_end" text,
	"period_note_de" text DEFAULT '' NOT NULL,
	"period_note_en" text DEFAULT '' NOT NULL,
	"status" text,
	"phase_id" text,
	"action_field_ids" text[] NOT NULL,
	"spatial_level_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"strong_value_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"goal_output_de" text DEFAULT '' NOT NULL,
	"goal_output_en" text DEFAULT '' NOT NULL,
	"goal_outcome_de" text DEFAULT '' NOT NULL,
	"goal_outcome_en" text DEFAULT '' NOT NULL,
	"goal_impact_de" text DEFAULT '' NOT NULL,
	"goal_impact_en" text DEFAULT '' NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"resources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extras" jsonb NOT NULL,
	"source_status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title_de, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(summary_de, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(summary_en, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description_de, '')), 'C') ||
        setweight(to_tsvector('english', coalesce(description_en, '')), 'C')) STORED,
	"title_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('german', coalesce(title_de, '')) || to_tsvector('english', coalesce(title_en, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "strategy_organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"kind" text,
	"source_status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_phases" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_spatial_levels" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"source_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_meta" (
	"id" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"short" text DEFAULT '' NOT NULL,
	"adopted_by" text DEFAULT '' NOT NULL,
	"adopted_on" text,
	"owner" text DEFAULT '' NOT NULL,
	"funding_programme" text DEFAULT '' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scale_labels_de" jsonb NOT NULL,
	"scale_labels_en" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_headings" ADD CONSTRAINT "budget_headings_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voting_codes" ADD CONSTRAINT "budget_voting_codes_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voting_codes" ADD CONSTRAINT "budget_voting_codes_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_address_files" ADD CONSTRAINT "panel_address_files_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_jobs" ADD CONSTRAINT "panel_jobs_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_lotteries" ADD CONSTRAINT "panel_lotteries_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_replacements" ADD CONSTRAINT "panel_replacements_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteers" ADD CONSTRAINT "panel_volunteers_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_action_fields" ADD CONSTRAINT "strategy_action_fields_cluster_id_strategy_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."strategy_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_assessments" ADD CONSTRAINT "strategy_assessments_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_assessments" ADD CONSTRAINT "strategy_assessments_value_id_strategy_values_id_fk" FOREIGN KEY ("value_id") REFERENCES "public"."strategy_values"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measure_versions" ADD CONSTRAINT "strategy_measure_versions_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD CONSTRAINT "strategy_measures_responsible_organisation_id_strategy_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."strategy_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD CONSTRAINT "strategy_measures_phase_id_strategy_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."strategy_phases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_type","at");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "email_tokens_user_idx" ON "email_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_assignments_unique" ON "role_assignments" USING btree ("user_id","role",coalesce("scope_type", ''),coalesce("scope_id", ''));--> statement-breakpoint
CREATE INDEX "role_assignments_scope_idx" ON "role_assignments" USING btree ("scope_type","scope_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email") WHERE "users"."email" is not null;--> statement-breakpoint
CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_user_idx" ON "mail_outbox" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_ballots_current_unique" ON "budget_ballots" USING btree ("budget_id","voter_key") WHERE "budget_ballots"."replaced_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_ballots_idempotency_unique" ON "budget_ballots" USING btree ("budget_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "budget_ballots_heading_idx" ON "budget_ballots" USING btree ("heading_id","replaced_at");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_headings_position_unique" ON "budget_headings" USING btree ("budget_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_projects_number_unique" ON "budget_projects" USING btree ("budget_id","number");--> statement-breakpoint
CREATE INDEX "budget_projects_heading_idx" ON "budget_projects" USING btree ("heading_id","status");--> statement-breakpoint
CREATE INDEX "budget_voting_codes_budget_idx" ON "budget_voting_codes" USING btree ("budget_id","batch");--> statement-breakpoint
CREATE INDEX "budget_budgets_created_idx" ON "budget_budgets" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_address_files_kind_unique" ON "panel_address_files" USING btree ("panel_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_invitations_code_unique" ON "panel_invitations" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "panel_invitations_panel_idx" ON "panel_invitations" USING btree ("panel_id");--> statement-breakpoint
CREATE INDEX "panel_jobs_panel_idx" ON "panel_jobs" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE INDEX "panel_jobs_status_idx" ON "panel_jobs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "panel_lotteries_drawn_idx" ON "panel_lotteries" USING btree ("drawn_at") WHERE "panel_lotteries"."seed" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_replacements_round_unique" ON "panel_replacements" USING btree ("panel_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_volunteers_pseudonym_unique" ON "panel_volunteers" USING btree ("panel_id","pseudonym");--> statement-breakpoint
CREATE INDEX "panel_volunteers_panel_idx" ON "panel_volunteers" USING btree ("panel_id","registered_at");--> statement-breakpoint
CREATE INDEX "panels_created_at_idx" ON "panels" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "strategy_action_fields_cluster_idx" ON "strategy_action_fields" USING btree ("cluster_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_assessments_sequence_unique" ON "strategy_assessments" USING btree ("measure_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_measure_versions_unique" ON "strategy_measure_versions" USING btree ("measure_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_measures_slug_unique" ON "strategy_measures" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_measures_code_unique" ON "strategy_measures" USING btree ("code") WHERE "strategy_measures"."code" is not null;--> statement-breakpoint
CREATE INDEX "strategy_measures_search_idx" ON "strategy_measures" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_action_fields_idx" ON "strategy_measures" USING gin ("action_field_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_districts_idx" ON "strategy_measures" USING gin ("district_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_spatial_levels_idx" ON "strategy_measures" USING gin ("spatial_level_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_strong_values_idx" ON "strategy_measures" USING gin ("strong_value_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_involved_idx" ON "strategy_measures" USING gin ("involved_organisation_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "strategy_measures_responsible_idx" ON "strategy_measures" USING btree ("responsible_organisation_id");--> statement-breakpoint
CREATE INDEX "strategy_measures_type_idx" ON "strategy_measures" USING btree ("type");--> statement-breakpoint
CREATE INDEX "strategy_measures_status_idx" ON "strategy_measures" USING btree ("status");--> statement-breakpoint
CREATE INDEX "strategy_measures_phase_idx" ON "strategy_measures" USING btree ("phase_id");--> statement-breakpoint
CREATE INDEX "strategy_measures_title_de_idx" ON "strategy_measures" USING btree ("title_de" collate "und-x-icu","id");--> statement-breakpoint
CREATE INDEX "strategy_measures_title_en_idx" ON "strategy_measures" USING btree ((coalesce(nullif("title_en", ''), "title_de")) collate "und-x-icu","id");--> statement-breakpoint
CREATE INDEX "strategy_measures_start_idx" ON "strategy_measures" USING btree ("period_start","id");--> statement-breakpoint
CREATE INDEX "strategy_measures_updated_idx" ON "strategy_measures" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "strategy_organisations_name_idx" ON "strategy_organisations" USING btree ("name_de");--> statement-breakpoint
-- Written by hand (the schema files cannot declare functions or triggers): every change of the
-- strategy catalogue moves one counter on, so each process can keep pages and the reference tables
-- in memory and knows at once when they are out of date, and announces it (NOTIFY
-- strategy_catalogue, sent on commit), so the embedded database's single process learns of it
-- without reading the counter each time.
CREATE FUNCTION strategy_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO strategy_catalogue_state (id, version) VALUES ('catalogue', 1)
  ON CONFLICT (id) DO UPDATE SET version = strategy_catalogue_state.version + 1;
  PERFORM pg_notify('strategy_catalogue', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "strategy_meta_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_meta" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_values_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_values" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_clusters_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_clusters" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_action_fields_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_action_fields" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_spatial_levels_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_spatial_levels" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_phases_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_phases" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_organisations_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_organisations" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_governance_bodies_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_governance_bodies" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_measures_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_measures" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_assessments_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_assessments" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "strategy_measure_versions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "strategy_measure_versions" FOR EACH STATEMENT EXECUTE FUNCTION strategy_catalogue_changed();
