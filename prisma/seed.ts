import { PrismaClient } from "../lib/generated/prisma/client";
import { openStore } from "../lib/store";
import { seed } from "./seed/index";

const store = openStore();
const db = new PrismaClient({ adapter: store.adapter });
const started = Date.now();
try {
  const summary = await seed(db);
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
} finally {
  await db.$disconnect();
  await store.close();
}
