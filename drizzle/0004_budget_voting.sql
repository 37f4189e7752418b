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
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_headings" ADD CONSTRAINT "budget_headings_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_voting_codes" ADD CONSTRAINT "budget_voting_codes_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_voting_codes" ADD CONSTRAINT "budget_voting_codes_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_ballots_current_unique" ON "budget_ballots" USING btree ("budget_id","voter_key") WHERE "budget_ballots"."replaced_at" is null;
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_ballots_idempotency_unique" ON "budget_ballots" USING btree ("budget_id","idempotency_key");
--> statement-breakpoint
CREATE INDEX "budget_ballots_heading_idx" ON "budget_ballots" USING btree ("heading_id","replaced_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_headings_position_unique" ON "budget_headings" USING btree ("budget_id","position");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_projects_number_unique" ON "budget_projects" USING btree ("budget_id","number");
--> statement-breakpoint
CREATE INDEX "budget_projects_heading_idx" ON "budget_projects" USING btree ("heading_id","status");
--> statement-breakpoint
CREATE INDEX "budget_voting_codes_budget_idx" ON "budget_voting_codes" USING btree ("budget_id","batch");
--> statement-breakpoint
CREATE INDEX "budget_budgets_created_idx" ON "budget_budgets" USING btree ("created_at");
