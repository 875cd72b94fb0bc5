-- Entries stay in the language they were written in and say which (a BCP 47 tag; the
-- portal's list is lib/languages.ts). Everything written so far is English.
ALTER TABLE "Project" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Recommendation" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Workshop" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';

ALTER TABLE "Project" ADD CONSTRAINT "Project_language_check" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_language_check" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_language_check" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');

-- The language a person reads the portal's mail and notifications in: one of the
-- interface's locales (i18n/routing.ts), set when they register.
ALTER TABLE "User" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "User" ADD CONSTRAINT "User_locale_check" CHECK ("locale" IN ('en', 'fr', 'de', 'zh', 'ja', 'ko', 'vi'));

-- A project's title and summary in another language than its own. The 'simple'
-- configuration, since a translation may be in any language: search finds the words as written.
CREATE TABLE "ProjectTranslation" (
    "projectId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('simple', coalesce("summary", '')), 'B')
    ) STORED,

    CONSTRAINT "ProjectTranslation_pkey" PRIMARY KEY ("projectId", "language"),
    CONSTRAINT "ProjectTranslation_language_check" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
);

ALTER TABLE "ProjectTranslation" ADD CONSTRAINT "ProjectTranslation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "ProjectTranslation_searchVector_idx" ON "ProjectTranslation" USING GIN ("searchVector");
