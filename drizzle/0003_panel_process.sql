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
	"panels" jsonb NOT NULL,
	"hash" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"seed" text,
	"drawn_index" integer,
	"drawn_at" timestamp with time zone
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
ALTER TABLE "panel_address_files" ADD CONSTRAINT "panel_address_files_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_jobs" ADD CONSTRAINT "panel_jobs_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_lotteries" ADD CONSTRAINT "panel_lotteries_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteers" ADD CONSTRAINT "panel_volunteers_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_address_files_kind_unique" ON "panel_address_files" USING btree ("panel_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_invitations_code_unique" ON "panel_invitations" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "panel_invitations_panel_idx" ON "panel_invitations" USING btree ("panel_id");--> statement-breakpoint
CREATE INDEX "panel_jobs_panel_idx" ON "panel_jobs" USING btree ("panel_id","created_at");--> statement-breakpoint
CREATE INDEX "panel_jobs_status_idx" ON "panel_jobs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "panel_lotteries_drawn_idx" ON "panel_lotteries" USING btree ("drawn_at") WHERE "panel_lotteries"."seed" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_volunteers_pseudonym_unique" ON "panel_volunteers" USING btree ("panel_id","pseudonym");--> statement-breakpoint
CREATE INDEX "panel_volunteers_panel_idx" ON "panel_volunteers" USING btree ("panel_id","registered_at");--> statement-breakpoint
CREATE INDEX "panels_created_at_idx" ON "panels" USING btree ("created_at");