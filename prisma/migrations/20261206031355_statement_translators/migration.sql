-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('SUBMITTED', 'PUBLISHED', 'REJECTED');

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "sourceRevision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "StatementTranslation" ADD COLUMN     "creditTranslator" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reviewerId" TEXT,
ADD COLUMN     "sourceRevision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "translatorId" TEXT;

-- CreateTable
CREATE TABLE "TranslatorGrant" (
    "userId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "canReview" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslatorGrant_pkey" PRIMARY KEY ("userId","locale")
);

-- CreateTable
CREATE TABLE "TranslationLanguage" (
    "locale" TEXT NOT NULL,
    "peerReview" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TranslationLanguage_pkey" PRIMARY KEY ("locale")
);

-- CreateTable
CREATE TABLE "TranslationSubmission" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "demands" TEXT[],
    "sourceRevision" INTEGER NOT NULL,
    "translatorId" TEXT,
    "creditTranslator" BOOLEAN NOT NULL DEFAULT false,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewerId" TEXT,
    "reviewNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "TranslationSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TranslatorGrant_locale_idx" ON "TranslatorGrant"("locale");

-- CreateIndex
CREATE INDEX "TranslationSubmission_locale_status_idx" ON "TranslationSubmission"("locale", "status");

-- CreateIndex
CREATE INDEX "TranslationSubmission_statementId_locale_idx" ON "TranslationSubmission"("statementId", "locale");

-- AddForeignKey
ALTER TABLE "StatementTranslation" ADD CONSTRAINT "StatementTranslation_translatorId_fkey" FOREIGN KEY ("translatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTranslation" ADD CONSTRAINT "StatementTranslation_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslatorGrant" ADD CONSTRAINT "TranslatorGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationSubmission" ADD CONSTRAINT "TranslationSubmission_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationSubmission" ADD CONSTRAINT "TranslationSubmission_translatorId_fkey" FOREIGN KEY ("translatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationSubmission" ADD CONSTRAINT "TranslationSubmission_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
