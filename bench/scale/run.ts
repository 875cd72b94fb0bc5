import { openSqlConnection } from "../../lib/store";
import { seedScale, type ScaleOptions, type ScaleResult } from "./index";
import type { ScaleSizes } from "./options";
import type { Sql } from "./sql";

const tables = [
  "Organisation",
  "Workshop",
  "WorkshopOrganiser",
  "WorkshopMeeting",
  "Recommendation",
  "RecommendationStatusChange",
  "Project",
  "ProjectCountry",
  "ProjectCity",
  "ProjectPartner",
  "Endorsement",
];

// A Postgres URL, or a PGlite folder (the one lib/store.ts picks when neither is given).
export type ScaleStore = { databaseUrl?: string; pgliteDir?: string };

export async function connect(store: ScaleStore): Promise<{ sql: Sql; close: () => Promise<void> }> {
  const connection = await openSqlConnection(store);
  return {
    sql: async <Row>(text: string, params?: unknown[]) => (await connection.query<Row>(text, params)).rows,
    close: () => connection.close(),
  };
}

// The scale seed in one transaction (all or nothing), then VACUUM ANALYZE so the
// planner knows the new sizes and index-only scans work at once.
export async function runScaleSeed(
  store: ScaleStore,
  sizes: ScaleSizes,
  options: ScaleOptions = {},
): Promise<ScaleResult> {
  const { sql, close } = await connect(store);
  try {
    await sql("BEGIN");
    let result: ScaleResult;
    try {
      result = await seedScale(sql, sizes, options);
      await sql("COMMIT");
    } catch (error) {
      await sql("ROLLBACK");
      throw error;
    }
    if (result.status === "seeded") {
      const started = performance.now();
      await sql(`VACUUM (ANALYZE) ${tables.map((table) => `"${table}"`).join(", ")}`);
      options.log?.(`vacuum and analyze: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return result;
  } finally {
    await close();
  }
}
