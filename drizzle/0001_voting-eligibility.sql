CREATE TABLE "budget_eligibility_entries" (
	"budget_id" uuid NOT NULL,
	"entry_hash" text NOT NULL,
	"heading_id" uuid NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "budget_eligibility_entries_budget_id_entry_hash_pk" PRIMARY KEY("budget_id","entry_hash")
);
--> statement-breakpoint
CREATE TABLE "budget_eligibility_lists" (
	"budget_id" uuid PRIMARY KEY NOT NULL,
	"salt" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_residences" (
	"budget_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"heading_id" uuid NOT NULL,
	"source" text NOT NULL,
	"valid_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_residences_budget_id_voter_key_pk" PRIMARY KEY("budget_id","voter_key")
);
--> statement-breakpoint
CREATE TABLE "budget_verification_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"budget_id" uuid NOT NULL,
	"heading_id" uuid NOT NULL,
	"batch" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "budget_budgets" ADD COLUMN "eligibility" text DEFAULT 'self_declared' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_eligibility_entries" ADD CONSTRAINT "budget_eligibility_entries_budget_id_budget_eligibility_lists_budget_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_eligibility_lists"("budget_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_eligibility_entries" ADD CONSTRAINT "budget_eligibility_entries_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_eligibility_lists" ADD CONSTRAINT "budget_eligibility_lists_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_residences" ADD CONSTRAINT "budget_residences_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_residences" ADD CONSTRAINT "budget_residences_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_verification_codes" ADD CONSTRAINT "budget_verification_codes_budget_id_budget_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budget_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_verification_codes" ADD CONSTRAINT "budget_verification_codes_heading_id_budget_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."budget_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_eligibility_entries_heading_idx" ON "budget_eligibility_entries" USING btree ("heading_id");--> statement-breakpoint
CREATE INDEX "budget_verification_codes_budget_idx" ON "budget_verification_codes" USING btree ("budget_id","batch");