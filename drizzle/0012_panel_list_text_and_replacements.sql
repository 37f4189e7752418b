CREATE TABLE "panel_replacements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"leaving" text NOT NULL,
	"replacement" text NOT NULL,
	"eligible" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "panel_lotteries" ALTER COLUMN "panels" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_lotteries" ADD COLUMN "list_text" text;--> statement-breakpoint
ALTER TABLE "panel_lotteries" ADD COLUMN "size" integer;--> statement-breakpoint
ALTER TABLE "panel_replacements" ADD CONSTRAINT "panel_replacements_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_replacements_round_unique" ON "panel_replacements" USING btree ("panel_id","round");--> statement-breakpoint
-- Lists published before the selection core's format: rewrite them as the core publishes them
-- (src/modules/panel/domain/lottery-list.ts: ids sorted within a line and separated by spaces,
-- lines sorted by their ids, "N: " in front, "\n" after every line) with the SHA-256 of that
-- text, and redo a draw that already happened with the core's procedure (domain/draw.ts), so
-- the verification page and script agree with every stored list. Only demo data exists in this
-- format; the temporary functions are dropped at the end.
CREATE FUNCTION panel_migration_list_text(list jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(string_agg(n::text || ': ' || array_to_string(ids, ' '), E'\n' ORDER BY n) || E'\n', '')
  FROM (
    SELECT row_number() OVER (ORDER BY ids COLLATE "C") AS n, ids
    FROM (
      SELECT ARRAY(SELECT id FROM jsonb_array_elements_text(panel) AS id ORDER BY id COLLATE "C") AS ids
      FROM jsonb_array_elements(list) AS panel
    ) AS sorted
  ) AS numbered
$$;
--> statement-breakpoint
CREATE FUNCTION panel_migration_sha256(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(input, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- A uniform number in [0, n) from text: SHA-256 read as a big-endian number, rejecting values at
-- or above the largest multiple of n below 2^256 and hashing the hex digest again (domain/draw.ts).
CREATE FUNCTION panel_migration_uniform(input text, n integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  two256 numeric := 1;
  x numeric;
  digest text := panel_migration_sha256(input);
BEGIN
  FOR i IN 1..256 LOOP two256 := two256 * 2; END LOOP;
  LOOP
    x := 0;
    FOR i IN 0..31 LOOP x := x * 256 + get_byte(decode(digest, 'hex'), i); END LOOP;
    IF x < two256 - mod(two256, n) THEN RETURN mod(x, n)::integer; END IF;
    digest := panel_migration_sha256(digest);
  END LOOP;
END
$$;
--> statement-breakpoint
UPDATE "panel_lotteries" SET "list_text" = panel_migration_list_text("panels"), "size" = jsonb_array_length("panels");
--> statement-breakpoint
UPDATE "panel_lotteries" SET "hash" = panel_migration_sha256("list_text");
--> statement-breakpoint
UPDATE "panel_lotteries" SET "drawn_index" = panel_migration_uniform("hash" || ':' || btrim("seed"), "size") + 1
WHERE "seed" IS NOT NULL;
--> statement-breakpoint
UPDATE "panel_volunteers" AS v SET "selected" = v."pseudonym" = ANY (
  string_to_array(split_part(split_part(l."list_text", E'\n', l."drawn_index"), ': ', 2), ' ')
)
FROM "panel_lotteries" AS l
WHERE l."panel_id" = v."panel_id" AND l."seed" IS NOT NULL;
--> statement-breakpoint
UPDATE "panel_jobs" SET "outcome" = ("outcome" - 'lottery' - 'legacyMinProbability') || jsonb_build_object(
  'listText', panel_migration_list_text("outcome" -> 'lottery'),
  'hash', panel_migration_sha256(panel_migration_list_text("outcome" -> 'lottery')),
  'lotterySize', jsonb_array_length("outcome" -> 'lottery'),
  'maxDeviation', NULL,
  'comparison', NULL
)
WHERE "outcome" ? 'lottery';
--> statement-breakpoint
DROP FUNCTION panel_migration_uniform(text, integer);
--> statement-breakpoint
DROP FUNCTION panel_migration_sha256(text);
--> statement-breakpoint
DROP FUNCTION panel_migration_list_text(jsonb);
