-- CreateTable
CREATE TABLE "PublishedCount" (
    "table" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "PublishedCount_pkey" PRIMARY KEY ("table")
);

ALTER TABLE "PublishedCount" ADD CONSTRAINT "PublishedCount_count_check" CHECK ("count" >= 0);

INSERT INTO "PublishedCount" ("table", "count")
SELECT 'Project', count(*) FROM "Project" WHERE "visibility" = 'PUBLISHED';

-- Once per statement, from the rows it changed: a bulk insert updates the count once,
-- and an update that leaves visibility alone (an endorsement) does not touch it.
CREATE FUNCTION "count_published_projects"() RETURNS trigger AS $$
DECLARE
    delta integer := 0;
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        delta := delta + (SELECT count(*) FROM new_rows WHERE "visibility" = 'PUBLISHED');
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        delta := delta - (SELECT count(*) FROM old_rows WHERE "visibility" = 'PUBLISHED');
    END IF;
    IF delta <> 0 THEN
        UPDATE "PublishedCount" SET "count" = "count" + delta WHERE "table" = 'Project';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Project_published_count_insert"
    AFTER INSERT ON "Project" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "count_published_projects"();
CREATE TRIGGER "Project_published_count_update"
    AFTER UPDATE ON "Project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "count_published_projects"();
CREATE TRIGGER "Project_published_count_delete"
    AFTER DELETE ON "Project" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "count_published_projects"();
