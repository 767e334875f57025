-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "GlobalRole" AS ENUM ('USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ChapterRole" AS ENUM ('ORGANISER', 'MEMBER');

-- CreateEnum
CREATE TYPE "StatementStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ActionKind" AS ENUM ('RALLY', 'DONATION_DRIVE', 'BOYCOTT');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActionMode" AS ENUM ('IN_PERSON', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "LocationPrivacy" AS ENUM ('EXACT', 'APPROXIMATE', 'REVEAL_TO_ATTENDEES');

-- CreateEnum
CREATE TYPE "RsvpStatus" AS ENUM ('GOING', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BoycottTargetKind" AS ENUM ('BRAND', 'COMPANY', 'PRODUCT', 'VENUE');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('SPAM', 'FAKE', 'DANGEROUS', 'HARASSMENT', 'WRONG_INFORMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "role" "GlobalRole" NOT NULL DEFAULT 'USER',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "passwordHash" TEXT,
    "suspendedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Chapter" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "city" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "contact" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "trusted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Chapter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChapterMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "chapterId" TEXT NOT NULL,
    "role" "ChapterRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChapterMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "StatementStatus" NOT NULL DEFAULT 'DRAFT',
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',
    "reference" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTranslation" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "demands" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatementTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChapterEndorsement" (
    "chapterId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChapterEndorsement_pkey" PRIMARY KEY ("chapterId","statementId")
);

-- CreateTable
CREATE TABLE "ActionSeries" (
    "id" TEXT NOT NULL,
    "chapterId" TEXT NOT NULL,
    "rrule" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ActionKind" NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'DRAFT',
    "statementId" TEXT NOT NULL,
    "chapterId" TEXT NOT NULL,
    "seriesId" TEXT,
    "createdById" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "imagePath" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "mode" "ActionMode" NOT NULL DEFAULT 'IN_PERSON',
    "onlineUrl" TEXT,
    "venue" TEXT,
    "address" TEXT,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "publicLat" DOUBLE PRECISION,
    "publicLng" DOUBLE PRECISION,
    "location" point,
    "locationPrivacy" "LocationPrivacy" NOT NULL DEFAULT 'EXACT',
    "revealHoursBefore" INTEGER,
    "capacity" INTEGER,
    "goingCount" INTEGER NOT NULL DEFAULT 0,
    "waitlistCount" INTEGER NOT NULL DEFAULT 0,
    "languages" TEXT[],
    "accessibilityNotes" TEXT,
    "legalObserver" TEXT,
    "safetyHotline" TEXT,
    "knowYourRightsUrl" TEXT,
    "safetyNotes" TEXT,
    "retentionDays" INTEGER NOT NULL DEFAULT 30,
    "goalMinor" INTEGER,
    "currency" CHAR(3),
    "donationUrl" TEXT,
    "reviewNote" TEXT,
    "rejectionReason" TEXT,
    "cancelMessage" TEXT,
    "publishedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "compromisedAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "personalDataPurgedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionNeed" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActionNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DropOffPoint" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "openingHours" TEXT,

    CONSTRAINT "DropOffPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoycottTarget" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BoycottTargetKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "sourceUrls" TEXT[],
    "alternatives" TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BoycottTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rsvp" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "status" "RsvpStatus" NOT NULL,
    "guests" INTEGER NOT NULL DEFAULT 0,
    "arrival" SERIAL NOT NULL,
    "cancelTokenHash" TEXT,
    "checkedInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rsvp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "userId" TEXT,
    "needId" TEXT,
    "displayName" TEXT,
    "email" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT true,
    "amountMinor" INTEGER,
    "currency" CHAR(3),
    "quantity" INTEGER,
    "received" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" TIMESTAMP(3),
    "cancelTokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoycottCommitment" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "userId" TEXT,
    "email" TEXT,
    "cancelTokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoycottCommitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "verb" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "chapterId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Chapter_slug_key" ON "Chapter"("slug");

-- CreateIndex
CREATE INDEX "Chapter_countryCode_idx" ON "Chapter"("countryCode");

-- CreateIndex
CREATE INDEX "ChapterMembership_chapterId_role_idx" ON "ChapterMembership"("chapterId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "ChapterMembership_userId_chapterId_key" ON "ChapterMembership"("userId", "chapterId");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_slug_key" ON "Statement"("slug");

-- CreateIndex
CREATE INDEX "Statement_status_publishedAt_idx" ON "Statement"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StatementTranslation_statementId_locale_key" ON "StatementTranslation"("statementId", "locale");

-- CreateIndex
CREATE INDEX "ChapterEndorsement_statementId_idx" ON "ChapterEndorsement"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "Action_slug_key" ON "Action"("slug");

-- CreateIndex
CREATE INDEX "Action_location_idx" ON "Action" USING GIST ("location");

-- CreateIndex
CREATE INDEX "Action_status_startsAt_idx" ON "Action"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Action_status_publishedAt_idx" ON "Action"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Action_chapterId_status_startsAt_idx" ON "Action"("chapterId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Action_statementId_status_startsAt_idx" ON "Action"("statementId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "Action_status_endsAt_idx" ON "Action"("status", "endsAt");

-- CreateIndex
CREATE INDEX "Action_createdById_idx" ON "Action"("createdById");

-- CreateIndex
CREATE INDEX "ActionNeed_actionId_position_idx" ON "ActionNeed"("actionId", "position");

-- CreateIndex
CREATE INDEX "DropOffPoint_actionId_idx" ON "DropOffPoint"("actionId");

-- CreateIndex
CREATE INDEX "BoycottTarget_actionId_position_idx" ON "BoycottTarget"("actionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Rsvp_cancelTokenHash_key" ON "Rsvp"("cancelTokenHash");

-- CreateIndex
CREATE INDEX "Rsvp_actionId_status_arrival_idx" ON "Rsvp"("actionId", "status", "arrival");

-- CreateIndex
CREATE INDEX "Rsvp_userId_idx" ON "Rsvp"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Rsvp_actionId_userId_key" ON "Rsvp"("actionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Rsvp_actionId_email_key" ON "Rsvp"("actionId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_cancelTokenHash_key" ON "Pledge"("cancelTokenHash");

-- CreateIndex
CREATE INDEX "Pledge_actionId_createdAt_idx" ON "Pledge"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "Pledge_needId_idx" ON "Pledge"("needId");

-- CreateIndex
CREATE INDEX "Pledge_userId_idx" ON "Pledge"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BoycottCommitment_cancelTokenHash_key" ON "BoycottCommitment"("cancelTokenHash");

-- CreateIndex
CREATE INDEX "BoycottCommitment_userId_idx" ON "BoycottCommitment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BoycottCommitment_actionId_userId_key" ON "BoycottCommitment"("actionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "BoycottCommitment_actionId_email_key" ON "BoycottCommitment"("actionId", "email");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Report_actionId_idx" ON "Report"("actionId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_chapterId_at_idx" ON "AuditLog"("chapterId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_verb_at_idx" ON "AuditLog"("verb", "at");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "RateLimitBucket_resetAt_idx" ON "RateLimitBucket"("resetAt");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChapterMembership" ADD CONSTRAINT "ChapterMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChapterMembership" ADD CONSTRAINT "ChapterMembership_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "Chapter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTranslation" ADD CONSTRAINT "StatementTranslation_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChapterEndorsement" ADD CONSTRAINT "ChapterEndorsement_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "Chapter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChapterEndorsement" ADD CONSTRAINT "ChapterEndorsement_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionSeries" ADD CONSTRAINT "ActionSeries_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "Chapter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "Chapter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ActionSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionNeed" ADD CONSTRAINT "ActionNeed_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropOffPoint" ADD CONSTRAINT "DropOffPoint_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoycottTarget" ADD CONSTRAINT "BoycottTarget_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ActionNeed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoycottCommitment" ADD CONSTRAINT "BoycottCommitment_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoycottCommitment" ADD CONSTRAINT "BoycottCommitment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written below: what the Prisma schema language cannot express.

-- The public map point follows publicLat/publicLng, so every write path keeps it in step.
CREATE FUNCTION "action_sync_location"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."publicLat" IS NULL OR NEW."publicLng" IS NULL THEN
    NEW."location" := NULL;
  ELSE
    NEW."location" := point(NEW."publicLng", NEW."publicLat");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Action_sync_location"
  BEFORE INSERT OR UPDATE OF "publicLat", "publicLng", "location" ON "Action"
  FOR EACH ROW EXECUTE FUNCTION "action_sync_location"();

-- Last guard against overbooking: the RSVP service locks the action row, this catches any bug.
ALTER TABLE "Action" ADD CONSTRAINT "Action_capacity_not_exceeded"
  CHECK ("capacity" IS NULL OR ("capacity" > 0 AND "goingCount" <= "capacity"));
ALTER TABLE "Action" ADD CONSTRAINT "Action_counts_not_negative"
  CHECK ("goingCount" >= 0 AND "waitlistCount" >= 0);
ALTER TABLE "Action" ADD CONSTRAINT "Action_ends_after_start" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Action" ADD CONSTRAINT "Action_coordinates_in_range"
  CHECK (("lat" IS NULL OR "lat" BETWEEN -90 AND 90) AND ("lng" IS NULL OR "lng" BETWEEN -180 AND 180)
     AND ("publicLat" IS NULL OR "publicLat" BETWEEN -90 AND 90) AND ("publicLng" IS NULL OR "publicLng" BETWEEN -180 AND 180));
ALTER TABLE "Action" ADD CONSTRAINT "Action_retention_days_range" CHECK ("retentionDays" BETWEEN 0 AND 3650);
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_guests_range" CHECK ("guests" BETWEEN 0 AND 20);
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_has_amount_or_quantity"
  CHECK (("amountMinor" IS NOT NULL AND "amountMinor" > 0) OR ("quantity" IS NOT NULL AND "quantity" > 0));

-- The audit log is append-only for every role, including the app's own.
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();
