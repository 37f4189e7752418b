ALTER TABLE "strategy_assessments" ADD COLUMN "source_status" text;
