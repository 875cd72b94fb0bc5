import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openStore } from "@/lib/store";

function createClient() {
  return new PrismaClient({ adapter: openStore().adapter, omit: { user: { passwordHash: true } } });
}

// One client per process, even in production: Next can evaluate this module in
// several bundles, and PGlite must never open its data folder twice.
const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };

export const db = globalForDb.db ?? (globalForDb.db = createClient());
