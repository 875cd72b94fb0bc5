-- Searches split what a person types into words of letters and digits, but Postgres's
-- parser keeps "2019-2020" as the word 2019 and the signed number -2020, so a search
-- for 2020 missed it (and "project-1e5a" hid 1e5a). Hyphens and slashes now separate
-- words in the stored vectors as they do in the typed search.

ALTER TABLE "Project" DROP COLUMN "searchVector";
ALTER TABLE "Project" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', translate(coalesce("title", ''), '-/', '  ')), 'A') ||
    setweight(to_tsvector('english', translate(coalesce("summary", ''), '-/', '  ')), 'B') ||
    setweight(to_tsvector('english', translate(coalesce("description", ''), '-/', '  ')), 'C')
) STORED;
CREATE INDEX "Project_searchVector_idx" ON "Project" USING GIN ("searchVector");

ALTER TABLE "Recommendation" DROP COLUMN "searchVector";
ALTER TABLE "Recommendation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', translate(coalesce("title", ''), '-/', '  ')), 'A') ||
    setweight(to_tsvector('english', translate(coalesce("text", ''), '-/', '  ')), 'B')
) STORED;
CREATE INDEX "Recommendation_searchVector_idx" ON "Recommendation" USING GIN ("searchVector");

ALTER TABLE "Organisation" DROP COLUMN "searchVector";
ALTER TABLE "Organisation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', translate(coalesce("name", ''), '-/', '  ')), 'A') ||
    setweight(to_tsvector('english', translate(coalesce("description", ''), '-/', '  ')), 'B')
) STORED;
CREATE INDEX "Organisation_searchVector_idx" ON "Organisation" USING GIN ("searchVector");

ALTER TABLE "ProjectTranslation" DROP COLUMN "searchVector";
ALTER TABLE "ProjectTranslation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', translate(coalesce("title", ''), '-/', '  ')), 'A') ||
    setweight(to_tsvector('simple', translate(coalesce("summary", ''), '-/', '  ')), 'B')
) STORED;
CREATE INDEX "ProjectTranslation_searchVector_idx" ON "ProjectTranslation" USING GIN ("searchVector");
