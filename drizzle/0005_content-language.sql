ALTER TABLE "budget_projects" ADD COLUMN "language" text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_budgets" ADD COLUMN "language" text DEFAULT 'de' NOT NULL;