-- Concurrent submissions could share a position: keep the first of each pair where it is
-- and move the others after the workshop's last, in the order they were submitted.
WITH ranked AS (
  SELECT "id", "workshopId",
         row_number() OVER (PARTITION BY "workshopId", "position" ORDER BY "submittedAt", "id") AS "copy"
  FROM "Recommendation"
),
moved AS (
  SELECT r."id",
         (SELECT max("position") FROM "Recommendation" m WHERE m."workshopId" = r."workshopId")
           + row_number() OVER (PARTITION BY r."workshopId" ORDER BY rec."position", rec."submittedAt", rec."id") AS "position"
  FROM ranked r JOIN "Recommendation" rec ON rec."id" = r."id"
  WHERE r."copy" > 1
)
UPDATE "Recommendation" SET "position" = moved."position" FROM moved WHERE "Recommendation"."id" = moved."id";

-- A position names one recommendation of a workshop.
CREATE UNIQUE INDEX "Recommendation_workshopId_position_key" ON "Recommendation"("workshopId", "position");
