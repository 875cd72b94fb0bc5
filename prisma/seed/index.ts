import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedClaims } from "./claims";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDocumentedLinks } from "./documented-links";
import { seedDocuments } from "./documents";
import { seedPublicEntries } from "./public-entries";
import { seedReference } from "./reference";
import { seedSample } from "./sample";

// Reference data first (countries, meetings, cities), then what the source
// documents state and the documented links and claims, then sample content that builds on both, then the demo
// accounts (never in production). Safe to rerun.
export async function seed(db: PrismaClient) {
  const reference = await seedReference(db);
  const documents = await seedDocuments(db);
  const documentedLinks = await seedDocumentedLinks(db);
  const claims = await seedClaims(db);
  const publicEntries = await seedPublicEntries(db);
  const sample = await seedSample(db);
  const demoAccounts = await seedDemoAccounts(db);
  return { ...reference, ...documents, documentedLinks, claims, publicEntries, sample, demoAccounts };
}
