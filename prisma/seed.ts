import { PrismaClient } from "../lib/generated/prisma/client";
import { openStore } from "../lib/store";
import { StoreInUse } from "../lib/store-lock";
import { seed } from "./seed/index";

const store = openStore();
const db = new PrismaClient({ adapter: store.adapter });
const started = Date.now();
try {
  const summary = await seed(db);
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
} catch (error) {
  if (!(error instanceof StoreInUse)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await store.close();
}
