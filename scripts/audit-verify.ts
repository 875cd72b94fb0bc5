// `npm run audit:verify`: walks the audit log's hash chain and reports its first broken
// link; exits 1 when there is one. Keep the printed head elsewhere to notice later cuts.
import { checkAuditChain } from "../lib/audit-chain";
import { PrismaClient } from "../lib/generated/prisma/client";
import { openStore } from "../lib/store";
import { StoreInUse } from "../lib/store-lock";

const store = openStore();
const db = new PrismaClient({ adapter: store.adapter });
try {
  const check = await checkAuditChain(db);
  if (check.ok) {
    const head = check.head ? `; the last is #${check.head.sequence}, hash ${check.head.hash}` : "";
    console.log(`The audit log's ${check.entries} entries form an unbroken chain${head}.`);
  } else {
    console.error(
      `The audit log's chain breaks at entry #${check.sequence} (id ${check.id}): ${check.problem}.`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof StoreInUse)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await store.close();
}
