import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDocuments } from "./documents";
import { seedReference } from "./reference";
import { seedSample } from "./sample";

// Reference data first (countries, meetings, cities), then what the source
// documents state, then sample content that builds on both, then the demo
// accounts (never in production). Safe to rerun.
export async function seed(db: PrismaClient) {
  const reference = await seedReference(db);
  const documents = await seedDocuments(db);
  const sample = await seedSample(db);
  const demoAccounts = await seedDemoAccounts(db);
  return { ...reference, ...documents, sample, demoAccounts };
}
