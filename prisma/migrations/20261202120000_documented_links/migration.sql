-- Documented city links, the claims where sources disagree, the sources of entries
-- taken from public sources, and the other spellings of country names.
CREATE TYPE "DocumentedLinkKind" AS ENUM ('TWINNING', 'DECLARATION', 'DELEGATION', 'CONTACT', 'PROGRAMME');
CREATE TYPE "Confidence" AS ENUM ('HIGH', 'MEDIUM');

ALTER TABLE "Country" ADD COLUMN "alternativeNames" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Project" ADD COLUMN "sources" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE TABLE "DocumentedLink" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "DocumentedLinkKind" NOT NULL,
    "kindLabel" TEXT NOT NULL,
    "date" TEXT,
    "summary" TEXT NOT NULL,
    "programme" TEXT,
    "sources" TEXT[],
    "confidence" "Confidence" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentedLink_pkey" PRIMARY KEY ("id"),
    -- Every documented fact names where it is written.
    CONSTRAINT "DocumentedLink_sources_check" CHECK (cardinality("sources") > 0)
);

CREATE TABLE "DocumentedLinkCity" (
    "linkId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "designationId" TEXT,
    "nameInSource" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentedLinkCity_pkey" PRIMARY KEY ("linkId","cityId")
);

CREATE TABLE "SourceClaim" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT,
    "workshopId" TEXT,
    "topic" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SourceClaim_pkey" PRIMARY KEY ("id"),
    -- A claim is about exactly one meeting or one workshop.
    CONSTRAINT "SourceClaim_subject_check" CHECK (num_nonnulls("meetingId", "workshopId") = 1)
);

CREATE UNIQUE INDEX "DocumentedLink_slug_key" ON "DocumentedLink"("slug");
CREATE INDEX "DocumentedLink_position_idx" ON "DocumentedLink"("position");
CREATE INDEX "DocumentedLinkCity_cityId_idx" ON "DocumentedLinkCity"("cityId");
CREATE INDEX "DocumentedLinkCity_designationId_idx" ON "DocumentedLinkCity"("designationId");
CREATE UNIQUE INDEX "SourceClaim_meetingId_topic_position_key" ON "SourceClaim"("meetingId", "topic", "position");
CREATE UNIQUE INDEX "SourceClaim_workshopId_topic_position_key" ON "SourceClaim"("workshopId", "topic", "position");

ALTER TABLE "DocumentedLinkCity" ADD CONSTRAINT "DocumentedLinkCity_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "DocumentedLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DocumentedLinkCity" ADD CONSTRAINT "DocumentedLinkCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DocumentedLinkCity" ADD CONSTRAINT "DocumentedLinkCity_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SourceClaim" ADD CONSTRAINT "SourceClaim_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SourceClaim" ADD CONSTRAINT "SourceClaim_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
