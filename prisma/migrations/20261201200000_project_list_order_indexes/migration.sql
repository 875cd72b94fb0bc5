-- The project lists' orders end with id DESC; with the id in the same direction, the
-- ids of a page deep in the list come from an index-only scan, without a sort.
-- DropIndex
DROP INDEX "Project_visibility_createdAt_id_idx";

-- DropIndex
DROP INDEX "Project_visibility_endorsementCount_createdAt_idx";

-- CreateIndex
CREATE INDEX "Project_visibility_createdAt_id_idx" ON "Project"("visibility", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Project_visibility_endorsementCount_createdAt_id_idx" ON "Project"("visibility", "endorsementCount" DESC, "createdAt" DESC, "id" DESC);
