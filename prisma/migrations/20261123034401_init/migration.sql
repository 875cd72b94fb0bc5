-- CreateEnum
CREATE TYPE "Region" AS ENUM ('ASIA', 'EUROPE');

-- CreateEnum
CREATE TYPE "CountryKind" AS ENUM ('STATE', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('SUMMIT', 'CULTURE_MINISTERS');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('MINISTRIES_OF_CULTURE', 'MINISTRIES_OF_EDUCATION', 'MINISTRIES_OF_FOREIGN_AFFAIRS', 'NGOS_AND_ASSOCIATIONS', 'ASEF', 'ASEM_GOVERNMENTS', 'CULTURAL_PROFESSIONALS');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'FORWARDED', 'ACKNOWLEDGED', 'IMPLEMENTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLISHED', 'HIDDEN');

-- CreateEnum
CREATE TYPE "Programme" AS ENUM ('ECOC', 'CCEA');

-- CreateEnum
CREATE TYPE "CooperationArea" AS ENUM ('ARTIST_MOBILITY', 'COOPERATION_PROJECTS', 'CO_CREATIONS', 'CROSS_SECTOR_NETWORKING', 'CAPACITY_BUILDING', 'BRANDING', 'CONSULTANCY');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('CREATIVE_SECTOR', 'TOURISM', 'ENERGY_AND_ENVIRONMENT', 'BUSINESS', 'RURAL_DEVELOPMENT', 'CARE', 'EDUCATION', 'HEALTH', 'TECHNOLOGY');

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('PROPOSED', 'EXPLORING', 'ACTIVE', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('NGO_OR_ASSOCIATION', 'MINISTRY_OF_CULTURE', 'MINISTRY_OF_EDUCATION', 'MINISTRY_OF_FOREIGN_AFFAIRS', 'CITY_ADMINISTRATION', 'FOUNDATION', 'CULTURAL_INSTITUTION', 'UNIVERSITY', 'INTERGOVERNMENTAL');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('UNVERIFIED', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MEMBER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Discipline" AS ENUM ('VISUAL_ARTS', 'PERFORMING_ARTS', 'MUSIC', 'FILM', 'LITERATURE', 'HERITAGE', 'DESIGN', 'ARCHITECTURE', 'DIGITAL_ARTS', 'CRAFTS', 'RESEARCH');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'INACCURATE');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'ENTRY_HIDDEN', 'DISMISSED');

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "isoCode" TEXT,
    "name" TEXT NOT NULL,
    "kind" "CountryKind" NOT NULL,
    "region" "Region",
    "asemPartner" BOOLEAN NOT NULL DEFAULT false,
    "joinedYear" INTEGER,
    "joinedAt" TEXT,
    "inAsem2010List" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "theme" TEXT,
    "note" TEXT,
    "sources" TEXT[],

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "participantCount" INTEGER,
    "participantNote" TEXT,
    "summary" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceTitle" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopOrganiser" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "countryCode" TEXT,
    "organisationId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WorkshopOrganiser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopMeeting" (
    "workshopId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,

    CONSTRAINT "WorkshopMeeting_pkey" PRIMARY KEY ("workshopId","meetingId")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "audiences" "Audience"[],
    "status" "RecommendationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "forwardedToMeetingId" TEXT,
    "submittedByLabel" TEXT,
    "submittedByOrganisationId" TEXT,
    "submittedById" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLISHED',
    "hiddenReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "endorsementCount" INTEGER NOT NULL DEFAULT 0,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('english', coalesce("text", '')), 'B')
    ) STORED,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationStatusChange" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "fromStatus" "RecommendationStatus",
    "toStatus" "RecommendationStatus" NOT NULL,
    "meetingId" TEXT,
    "note" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,

    CONSTRAINT "RecommendationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "City" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nativeName" TEXT,
    "countryCode" TEXT NOT NULL,
    "unitType" TEXT NOT NULL DEFAULT 'city',
    "alternativeNames" TEXT[],

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Designation" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "programme" "Programme" NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "Designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityPartnership" (
    "id" TEXT NOT NULL,
    "ecocDesignationId" TEXT NOT NULL,
    "cceaDesignationId" TEXT NOT NULL,
    "cooperationAreas" "CooperationArea"[],
    "sectors" "Sector"[],
    "status" "PartnershipStatus" NOT NULL DEFAULT 'PROPOSED',
    "rationale" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,

    CONSTRAINT "CityPartnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipStatusChange" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "fromStatus" "PartnershipStatus",
    "toStatus" "PartnershipStatus" NOT NULL,
    "note" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,

    CONSTRAINT "PartnershipStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "countryCode" TEXT,
    "website" TEXT,
    "description" TEXT,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "verificationNote" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mergedIntoId" TEXT,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce("name", '')), 'A') ||
        setweight(to_tsvector('english', coalesce("description", '')), 'B')
    ) STORED,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "url" TEXT,
    "year" INTEGER,
    "workshopSlug" TEXT,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationOrganisation" (
    "publicationId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "PublicationOrganisation_pkey" PRIMARY KEY ("publicationId","organisationId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'MEMBER',
    "organisationId" TEXT,
    "deactivatedAt" TIMESTAMP(3),
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

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "leadOrganisationId" TEXT NOT NULL,
    "disciplines" "Discipline"[],
    "cooperationAreas" "CooperationArea"[],
    "startDate" DATE,
    "endDate" DATE,
    "website" TEXT,
    "partnershipId" TEXT,
    "workshopId" TEXT,
    "recommendationId" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLISHED',
    "hiddenReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "endorsementCount" INTEGER NOT NULL DEFAULT 0,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('english', coalesce("summary", '')), 'B') ||
        setweight(to_tsvector('english', coalesce("description", '')), 'C')
    ) STORED,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPartner" (
    "projectId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "ProjectPartner_pkey" PRIMARY KEY ("projectId","organisationId")
);

-- CreateTable
CREATE TABLE "ProjectCountry" (
    "projectId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "ProjectCountry_pkey" PRIMARY KEY ("projectId","countryCode")
);

-- CreateTable
CREATE TABLE "ProjectCity" (
    "projectId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,

    CONSTRAINT "ProjectCity_pkey" PRIMARY KEY ("projectId","cityId")
);

-- CreateTable
CREATE TABLE "Endorsement" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT,
    "projectId" TEXT,
    "recommendationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "statement" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Endorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "projectId" TEXT,
    "recommendationId" TEXT,
    "reason" "ReportReason" NOT NULL,
    "comment" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "reporterId" TEXT NOT NULL,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_isoCode_key" ON "Country"("isoCode");

-- CreateIndex
CREATE UNIQUE INDEX "Country_name_key" ON "Country"("name");

-- CreateIndex
CREATE INDEX "Country_asemPartner_region_name_idx" ON "Country"("asemPartner", "region", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_slug_key" ON "Meeting"("slug");

-- CreateIndex
CREATE INDEX "Meeting_startDate_idx" ON "Meeting"("startDate" DESC);

-- CreateIndex
CREATE INDEX "Meeting_countryCode_idx" ON "Meeting"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_kind_number_key" ON "Meeting"("kind", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_slug_key" ON "Workshop"("slug");

-- CreateIndex
CREATE INDEX "Workshop_startDate_idx" ON "Workshop"("startDate" DESC);

-- CreateIndex
CREATE INDEX "Workshop_countryCode_idx" ON "Workshop"("countryCode");

-- CreateIndex
CREATE INDEX "WorkshopOrganiser_organisationId_idx" ON "WorkshopOrganiser"("organisationId");

-- CreateIndex
CREATE INDEX "WorkshopOrganiser_countryCode_idx" ON "WorkshopOrganiser"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopOrganiser_workshopId_countryCode_key" ON "WorkshopOrganiser"("workshopId", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopOrganiser_workshopId_organisationId_key" ON "WorkshopOrganiser"("workshopId", "organisationId");

-- CreateIndex
CREATE INDEX "WorkshopMeeting_meetingId_idx" ON "WorkshopMeeting"("meetingId");

-- CreateIndex
CREATE INDEX "Recommendation_workshopId_visibility_position_idx" ON "Recommendation"("workshopId", "visibility", "position");

-- CreateIndex
CREATE INDEX "Recommendation_visibility_submittedAt_idx" ON "Recommendation"("visibility", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Recommendation_visibility_status_submittedAt_idx" ON "Recommendation"("visibility", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Recommendation_visibility_endorsementCount_idx" ON "Recommendation"("visibility", "endorsementCount" DESC);

-- CreateIndex
CREATE INDEX "Recommendation_audiences_idx" ON "Recommendation" USING GIN ("audiences");

-- CreateIndex
CREATE INDEX "Recommendation_submittedByOrganisationId_idx" ON "Recommendation"("submittedByOrganisationId");

-- CreateIndex
CREATE INDEX "Recommendation_searchVector_idx" ON "Recommendation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "RecommendationStatusChange_recommendationId_changedAt_idx" ON "RecommendationStatusChange"("recommendationId", "changedAt");

-- CreateIndex
CREATE INDEX "RecommendationStatusChange_changedAt_idx" ON "RecommendationStatusChange"("changedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE INDEX "City_name_idx" ON "City"("name");

-- CreateIndex
CREATE UNIQUE INDEX "City_countryCode_name_key" ON "City"("countryCode", "name");

-- CreateIndex
CREATE INDEX "Designation_programme_year_idx" ON "Designation"("programme", "year");

-- CreateIndex
CREATE INDEX "Designation_cityId_idx" ON "Designation"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "Designation_programme_cityId_year_key" ON "Designation"("programme", "cityId", "year");

-- CreateIndex
CREATE INDEX "CityPartnership_cceaDesignationId_idx" ON "CityPartnership"("cceaDesignationId");

-- CreateIndex
CREATE INDEX "CityPartnership_status_createdAt_idx" ON "CityPartnership"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CityPartnership_cooperationAreas_idx" ON "CityPartnership" USING GIN ("cooperationAreas");

-- CreateIndex
CREATE UNIQUE INDEX "CityPartnership_ecocDesignationId_cceaDesignationId_key" ON "CityPartnership"("ecocDesignationId", "cceaDesignationId");

-- CreateIndex
CREATE INDEX "PartnershipStatusChange_partnershipId_changedAt_idx" ON "PartnershipStatusChange"("partnershipId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Organisation_kind_name_idx" ON "Organisation"("kind", "name");

-- CreateIndex
CREATE INDEX "Organisation_searchVector_idx" ON "Organisation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Organisation_countryCode_name_idx" ON "Organisation"("countryCode", "name");

-- CreateIndex
CREATE INDEX "Organisation_verificationStatus_createdAt_idx" ON "Organisation"("verificationStatus", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");

-- CreateIndex
CREATE INDEX "PublicationOrganisation_organisationId_idx" ON "PublicationOrganisation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

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
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "Project_visibility_createdAt_id_idx" ON "Project"("visibility", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Project_visibility_endorsementCount_createdAt_idx" ON "Project"("visibility", "endorsementCount" DESC, "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Project_leadOrganisationId_createdAt_idx" ON "Project"("leadOrganisationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Project_partnershipId_idx" ON "Project"("partnershipId");

-- CreateIndex
CREATE INDEX "Project_workshopId_idx" ON "Project"("workshopId");

-- CreateIndex
CREATE INDEX "Project_recommendationId_idx" ON "Project"("recommendationId");

-- CreateIndex
CREATE INDEX "Project_disciplines_idx" ON "Project" USING GIN ("disciplines");

-- CreateIndex
CREATE INDEX "Project_cooperationAreas_idx" ON "Project" USING GIN ("cooperationAreas");

-- CreateIndex
CREATE INDEX "Project_searchVector_idx" ON "Project" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ProjectPartner_organisationId_projectId_idx" ON "ProjectPartner"("organisationId", "projectId");

-- CreateIndex
CREATE INDEX "ProjectCountry_countryCode_projectId_idx" ON "ProjectCountry"("countryCode", "projectId");

-- CreateIndex
CREATE INDEX "ProjectCity_cityId_projectId_idx" ON "ProjectCity"("cityId", "projectId");

-- CreateIndex
CREATE INDEX "Endorsement_projectId_createdAt_idx" ON "Endorsement"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "Endorsement_recommendationId_createdAt_idx" ON "Endorsement"("recommendationId", "createdAt");

-- CreateIndex
CREATE INDEX "Endorsement_userId_idx" ON "Endorsement"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_organisationId_projectId_key" ON "Endorsement"("organisationId", "projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_organisationId_recommendationId_key" ON "Endorsement"("organisationId", "recommendationId");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Report_projectId_idx" ON "Report"("projectId");

-- CreateIndex
CREATE INDEX "Report_recommendationId_idx" ON "Report"("recommendationId");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_createdAt_idx" ON "AuditEntry"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_createdAt_idx" ON "AuditEntry"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_action_createdAt_idx" ON "AuditEntry"("action", "createdAt");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopOrganiser" ADD CONSTRAINT "WorkshopOrganiser_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopOrganiser" ADD CONSTRAINT "WorkshopOrganiser_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopOrganiser" ADD CONSTRAINT "WorkshopOrganiser_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopMeeting" ADD CONSTRAINT "WorkshopMeeting_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopMeeting" ADD CONSTRAINT "WorkshopMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_forwardedToMeetingId_fkey" FOREIGN KEY ("forwardedToMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_submittedByOrganisationId_fkey" FOREIGN KEY ("submittedByOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationStatusChange" ADD CONSTRAINT "RecommendationStatusChange_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationStatusChange" ADD CONSTRAINT "RecommendationStatusChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationStatusChange" ADD CONSTRAINT "RecommendationStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityPartnership" ADD CONSTRAINT "CityPartnership_ecocDesignationId_fkey" FOREIGN KEY ("ecocDesignationId") REFERENCES "Designation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityPartnership" ADD CONSTRAINT "CityPartnership_cceaDesignationId_fkey" FOREIGN KEY ("cceaDesignationId") REFERENCES "Designation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityPartnership" ADD CONSTRAINT "CityPartnership_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipStatusChange" ADD CONSTRAINT "PartnershipStatusChange_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "CityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipStatusChange" ADD CONSTRAINT "PartnershipStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationOrganisation" ADD CONSTRAINT "PublicationOrganisation_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationOrganisation" ADD CONSTRAINT "PublicationOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "CityPartnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCountry" ADD CONSTRAINT "ProjectCountry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCountry" ADD CONSTRAINT "ProjectCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCity" ADD CONSTRAINT "ProjectCity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCity" ADD CONSTRAINT "ProjectCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Integrity the Prisma schema cannot express.
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_one_target_check"
    CHECK (num_nonnulls("projectId", "recommendationId") = 1);
ALTER TABLE "Report" ADD CONSTRAINT "Report_one_target_check"
    CHECK (num_nonnulls("projectId", "recommendationId") = 1);
ALTER TABLE "WorkshopOrganiser" ADD CONSTRAINT "WorkshopOrganiser_one_organiser_check"
    CHECK (num_nonnulls("countryCode", "organisationId") = 1);
ALTER TABLE "CityPartnership" ADD CONSTRAINT "CityPartnership_distinct_sides_check"
    CHECK ("ecocDesignationId" <> "cceaDesignationId");
ALTER TABLE "Project" ADD CONSTRAINT "Project_dates_check"
    CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Project" ADD CONSTRAINT "Project_endorsementCount_check" CHECK ("endorsementCount" >= 0);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_endorsementCount_check" CHECK ("endorsementCount" >= 0);

-- A pairing joins one ECoC designation to one CCEA designation, never two of one programme.
CREATE FUNCTION "check_partnership_programmes"() RETURNS trigger AS $$
BEGIN
    IF (SELECT "programme" FROM "Designation" WHERE "id" = NEW."ecocDesignationId") <> 'ECOC'
       OR (SELECT "programme" FROM "Designation" WHERE "id" = NEW."cceaDesignationId") <> 'CCEA' THEN
        RAISE EXCEPTION 'A city partnership pairs an ECoC designation with a CCEA designation'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CityPartnership_programmes"
    BEFORE INSERT OR UPDATE OF "ecocDesignationId", "cceaDesignationId" ON "CityPartnership"
    FOR EACH ROW EXECUTE FUNCTION "check_partnership_programmes"();

-- The audit log is append-only.
CREATE FUNCTION "refuse_audit_change"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Audit entries cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEntry_append_only"
    BEFORE UPDATE OR DELETE ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();
