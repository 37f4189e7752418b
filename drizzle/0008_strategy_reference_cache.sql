CREATE TABLE "strategy_catalogue_state" (
	"id" text PRIMARY KEY NOT NULL,
	"reference_version" integer DEFAULT 0 NOT NULL
);
