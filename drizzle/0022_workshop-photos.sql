CREATE TABLE "workshop_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"description" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workshop_photos" ADD CONSTRAINT "workshop_photos_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_photos" ADD CONSTRAINT "workshop_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_photos_position_unique" ON "workshop_photos" USING btree ("workshop_id","position");--> statement-breakpoint
CREATE INDEX "workshop_photos_uploaded_by_idx" ON "workshop_photos" USING btree ("uploaded_by");--> statement-breakpoint
-- Photos are part of an event's documentation, like its summary and results: adding or removing one
-- moves the 'workshops' change counter, so every kept page that shows the documentation is made afresh.
CREATE TRIGGER "workshop_photos_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "workshop_photos" FOR EACH STATEMENT EXECUTE FUNCTION platform_count_change('workshops');
