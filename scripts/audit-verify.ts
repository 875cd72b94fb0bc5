// `npm run audit:verify`: walks the audit log's hash chain and reports its first broken
// link; exits 1 when there is one. Keep the printed head elsewhere to notice later cuts.
import { checkAuditChain } from "../lib/audit-chain";
import { runOnStore } from "../lib/store-script";

await runOnStore(async (db) => {
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
});
