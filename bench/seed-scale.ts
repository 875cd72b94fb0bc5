// npm run db:seed:scale [-- --projects N --organisations N --endorsements N --recommendations N --force --replace]
// Synthetic data at scale on top of `npm run db:migrate && npm run db:seed`, in the
// database lib/store.ts selects (DATABASE_URL, or PGlite). See README "Scale".
import { env } from "../lib/env";
import { ScaleSeedRefused } from "./scale/index";
import { parseFlags, sizesFrom } from "./scale/options";
import { runScaleSeed } from "./scale/run";

const started = performance.now();
try {
  const flags = parseFlags(process.argv.slice(2));
  const sizes = sizesFrom(flags);
  console.log(`Scale seed into ${env.DATABASE_URL ? "Postgres" : "PGlite"}: ${JSON.stringify(sizes)}`);
  const result = await runScaleSeed({ databaseUrl: env.DATABASE_URL }, sizes, {
    force: flags.has("force"),
    replace: flags.has("replace"),
    log: (message) => console.log(`  ${message}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Scale seed ${result.status === "seeded" ? "done" : "unchanged"} in ${seconds} s (${result.corrected} stored counts corrected).`,
  );
} catch (error) {
  if (!(error instanceof ScaleSeedRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
