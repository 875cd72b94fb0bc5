// The one place that decides which Postgres the portal talks to: a real server
// when DATABASE_URL is set, otherwise embedded PGlite in a local data folder.
// Shared by the app (lib/db.ts), the Prisma CLI (prisma.config.ts) and scripts.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

export type StoreKind = "postgres" | "pglite";

export function storeKind(): StoreKind {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR;
}

export function openPGlite(dataDir = pgliteDataDir()): PGlite {
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}

export function createAdapter() {
  const url = process.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL must start with postgresql:// (unset it to use the embedded store)");
    }
    return new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  }
  return new PrismaPGlite(openPGlite());
}

// For the Prisma CLI only. Both adapters mishandle migration scripts: adapter-pg
// splits them on every ";" (breaking function bodies), and pglite-prisma-adapter
// sends them through the extended protocol on the shadow database and does not
// await executeScript (so a failing migration would look applied). Here a script
// goes to the server whole, by the simple query protocol.
type ScriptRunner = (sql: string) => Promise<number>;

function runWholeScripts(adapter: SqlDriverAdapter, run: ScriptRunner): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeScript = async (script) => {
    await run(script);
  };
  adapter.executeRaw = (query) => (query.args.length > 0 ? executeRaw(query) : run(query.sql));
  return adapter;
}

const pgliteRunner =
  (client: PGlite): ScriptRunner =>
  async (sql) =>
    (await client.exec(sql)).at(-1)?.affectedRows ?? 0;

const pgRunner =
  (adapter: SqlDriverAdapter): ScriptRunner =>
  async (sql) => {
    const pool = adapter.underlyingDriver() as { query(sql: string): Promise<unknown> };
    const result = (await pool.query(sql)) as { rowCount?: number | null } | { rowCount?: number | null }[];
    return (Array.isArray(result) ? result.at(-1)?.rowCount : result.rowCount) ?? 0;
  };

export function createMigrationAdapter(): SqlMigrationAwareDriverAdapterFactory {
  if (storeKind() === "postgres") {
    const factory = createAdapter() as PrismaPg;
    const wrap = async (pending: Promise<SqlDriverAdapter>) => {
      const adapter = await pending;
      return runWholeScripts(adapter, pgRunner(adapter));
    };
    return {
      provider: "postgres",
      adapterName: factory.adapterName,
      connect: () => wrap(factory.connect()),
      connectToShadowDb: () => wrap(factory.connectToShadowDb()),
    };
  }
  const connectTo = async (client: PGlite) =>
    runWholeScripts(await new PrismaPGlite(client).connect(), pgliteRunner(client));
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connectTo(openPGlite()),
    connectToShadowDb: () => connectTo(new PGlite()),
  };
}
