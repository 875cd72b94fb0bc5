-- A GeoNames point for each ECoC and CCEA city, and how it was matched (the seed fills them).
ALTER TABLE "City" ADD COLUMN "latitude" DOUBLE PRECISION,
ADD COLUMN "longitude" DOUBLE PRECISION,
ADD COLUMN "coordinateSource" TEXT,
ADD COLUMN "geonamesId" INTEGER,
ADD COLUMN "coordinateMatch" TEXT;
