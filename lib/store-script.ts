import { PrismaClient } from "./generated/prisma/client";
import { openStore } from "./store";
import { StoreInUse } from "./store-lock";

// A command-line script's work on the store lib/store.ts picks, with a client of its own:
// a store another process holds is reported in one line with exit code 1, not a stack trace.
export async function runOnStore(work: (db: PrismaClient) => Promise<void>) {
  const store = openStore();
  const db = new PrismaClient({ adapter: store.adapter });
  try {
    await work(db);
  } catch (error) {
    if (!(error instanceof StoreInUse)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await store.close();
  }
}
