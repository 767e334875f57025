-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "tileX" double precision,
ADD COLUMN     "tileY" double precision;

-- The same trigger that keeps "location" in step with the public point now also keeps its Web
-- Mercator tile coordinates (the formula of lib/geo/mercator.ts, latitude clamped to ±85.05112878),
-- so clustering a whole-world view reads two numbers per row instead of computing ln(tan()).
CREATE OR REPLACE FUNCTION "action_sync_location"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."publicLat" IS NULL OR NEW."publicLng" IS NULL THEN
    NEW."location" := NULL;
    NEW."tileX" := NULL;
    NEW."tileY" := NULL;
  ELSE
    NEW."location" := point(NEW."publicLng", NEW."publicLat");
    NEW."tileX" := (NEW."publicLng" + 180) / 360;
    NEW."tileY" := (1 - ln(tan(pi() / 4 + radians(greatest(-85.05112878::float8, least(85.05112878::float8, NEW."publicLat"))) / 2)) / pi()) / 2;
  END IF;
  RETURN NEW;
END;
$$;

DROP TRIGGER "Action_sync_location" ON "Action";
CREATE TRIGGER "Action_sync_location"
  BEFORE INSERT OR UPDATE OF "publicLat", "publicLng", "location", "tileX", "tileY" ON "Action"
  FOR EACH ROW EXECUTE FUNCTION "action_sync_location"();

-- Existing rows: touching the public point runs the trigger.
UPDATE "Action" SET "publicLat" = "publicLat" WHERE "publicLat" IS NOT NULL AND "publicLng" IS NOT NULL;
