ALTER TABLE "panel_lotteries" ALTER COLUMN "list_text" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_lotteries" ALTER COLUMN "size" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_lotteries" DROP COLUMN "panels";