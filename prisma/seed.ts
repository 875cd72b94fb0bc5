import { runOnStore } from "../lib/store-script";
import { seed } from "./seed/index";

await runOnStore(async (db) => {
  const started = Date.now();
  const summary = await seed(db);
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
});
