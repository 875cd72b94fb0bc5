import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDocuments } from "./documents";
import { seedReference } from "./reference";
import { seedSample } from "./sample";

// Reference data first (countries, meetings, cities), then what the source
// documents state, then sample content that builds on both. Safe to rerun.
export async function seed(db: PrismaClient) {
  const reference = await seedReference(db);
  const documents = await seedDocuments(db);
  const sample = await seedSample(db);
  return { ...reference, ...documents, sample };
}
