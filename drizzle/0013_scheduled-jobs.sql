CREATE TABLE "platform_scheduled_jobs" (
	"name" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"last_success_at" timestamp with time zone,
	"locked_until" timestamp with time zone,
	CONSTRAINT "platform_scheduled_jobs_name_key_pk" PRIMARY KEY("name","key")
);
--> statement-breakpoint
CREATE INDEX "platform_scheduled_jobs_due_idx" ON "platform_scheduled_jobs" USING btree ("run_at");