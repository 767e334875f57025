-- CreateTable
CREATE TABLE "DiscoveryVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DiscoveryVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DiscoveryVersion" ("id", "version") VALUES (1, 0);

-- Bumped by deferred triggers, so the row is locked only for the instant of COMMIT (never while a
-- transaction still holds other row locks: no deadlocks, no queue behind a long transaction), and
-- the new number becomes visible in the same commit as the change. Once per transaction, however
-- many rows it touched (a transaction-local setting remembers it).
CREATE FUNCTION "discovery_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('mobilise.discovery_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE "DiscoveryVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  PERFORM set_config('mobilise.discovery_bumped', 'on', true);
  RETURN NULL;
END;
$$;

-- Action: what the public filters read or the map's items show. Not goingCount/waitlistCount
-- (RSVPs must not queue on this row) nor bookkeeping columns (updatedAt, reminders, purges).
CREATE CONSTRAINT TRIGGER "Action_discovery_insert_delete"
  AFTER INSERT OR DELETE ON "Action" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "discovery_version_bump"();
CREATE CONSTRAINT TRIGGER "Action_discovery_update"
  AFTER UPDATE OF "id", "slug", "kind", "status", "statementId", "chapterId", "title", "description", "startsAt", "endsAt",
    "timeZone", "mode", "venue", "address", "publicLat", "publicLng", "location", "tileX", "tileY", "locationPrivacy",
    "capacity", "languages"
  ON "Action" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN ((OLD."id", OLD."slug", OLD."kind", OLD."status", OLD."statementId", OLD."chapterId", OLD."title", OLD."description",
         OLD."startsAt", OLD."endsAt", OLD."timeZone", OLD."mode", OLD."venue", OLD."address", OLD."publicLat", OLD."publicLng",
         OLD."locationPrivacy", OLD."capacity", OLD."languages")
    IS DISTINCT FROM (NEW."id", NEW."slug", NEW."kind", NEW."status", NEW."statementId", NEW."chapterId", NEW."title", NEW."description",
         NEW."startsAt", NEW."endsAt", NEW."timeZone", NEW."mode", NEW."venue", NEW."address", NEW."publicLat", NEW."publicLng",
         NEW."locationPrivacy", NEW."capacity", NEW."languages"))
  EXECUTE FUNCTION "discovery_version_bump"();

-- Chapters and statements: slugs (filters), names and cities (free text), titles (shown on items).
CREATE CONSTRAINT TRIGGER "Chapter_discovery_insert_delete"
  AFTER INSERT OR DELETE ON "Chapter" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "discovery_version_bump"();
CREATE CONSTRAINT TRIGGER "Chapter_discovery_update"
  AFTER UPDATE OF "id", "slug", "name", "city" ON "Chapter" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN ((OLD."id", OLD."slug", OLD."name", OLD."city") IS DISTINCT FROM (NEW."id", NEW."slug", NEW."name", NEW."city"))
  EXECUTE FUNCTION "discovery_version_bump"();
CREATE CONSTRAINT TRIGGER "Statement_discovery_insert_delete"
  AFTER INSERT OR DELETE ON "Statement" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "discovery_version_bump"();
CREATE CONSTRAINT TRIGGER "Statement_discovery_update"
  AFTER UPDATE OF "id", "slug", "sourceLocale" ON "Statement" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN ((OLD."id", OLD."slug", OLD."sourceLocale") IS DISTINCT FROM (NEW."id", NEW."slug", NEW."sourceLocale"))
  EXECUTE FUNCTION "discovery_version_bump"();
CREATE CONSTRAINT TRIGGER "StatementTranslation_discovery_insert_delete"
  AFTER INSERT OR DELETE ON "StatementTranslation" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "discovery_version_bump"();
CREATE CONSTRAINT TRIGGER "StatementTranslation_discovery_update"
  AFTER UPDATE OF "statementId", "locale", "title" ON "StatementTranslation" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN ((OLD."statementId", OLD."locale", OLD."title") IS DISTINCT FROM (NEW."statementId", NEW."locale", NEW."title"))
  EXECUTE FUNCTION "discovery_version_bump"();

-- TRUNCATE fires no row triggers.
CREATE TRIGGER "Action_discovery_truncate" AFTER TRUNCATE ON "Action" FOR EACH STATEMENT EXECUTE FUNCTION "discovery_version_bump"();
CREATE TRIGGER "Chapter_discovery_truncate" AFTER TRUNCATE ON "Chapter" FOR EACH STATEMENT EXECUTE FUNCTION "discovery_version_bump"();
CREATE TRIGGER "Statement_discovery_truncate" AFTER TRUNCATE ON "Statement" FOR EACH STATEMENT EXECUTE FUNCTION "discovery_version_bump"();
CREATE TRIGGER "StatementTranslation_discovery_truncate" AFTER TRUNCATE ON "StatementTranslation" FOR EACH STATEMENT EXECUTE FUNCTION "discovery_version_bump"();
