-- Mails remember the account they are about, for "download my data" and account deletion.
ALTER TABLE "mail_outbox" ADD COLUMN IF NOT EXISTS "user_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "mail_outbox_user_idx" ON "mail_outbox" USING btree ("user_id");
