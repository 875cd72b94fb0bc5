// The one place that decides which Postgres the portal talks to: a real server
// when DATABASE_URL is set, otherwise embedded PGlite in a local data folder.
// Shared by the app (lib/db.ts), the Prisma CLI (prisma.config.ts) and scripts.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { env } from "./env";

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

export type StoreKind = "postgres" | "pglite";

export function storeKind(): StoreKind {
  return env.DATABASE_URL ? "postgres" : "pglite";
}

export function pgliteDataDir(): string {
  return env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR;
}

export function openPGlite(dataDir = pgliteDataDir()): PGlite {
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}

// Typed as the Prisma client expects: the two adapters are built against
// different @prisma/driver-adapter-utils releases that speak the same protocol.
export function createAdapter(): SqlDriverAdapterFactory {
  return openStore().adapter;
}

// For scripts and tests, which must close the store to exit: an open PGlite
// keeps the process alive after the Prisma client disconnects.
export function openStore(): { adapter: SqlDriverAdapterFactory; close: () => Promise<void> } {
  if (env.DATABASE_URL) {
    return {
      adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE }),
      close: async () => {},
    };
  }
  const client = openPGlite();
  return {
    adapter: new PrismaPGlite(client) as unknown as SqlDriverAdapterFactory,
    close: () => client.close(),
  };
}

// For the Prisma CLI only. Both adapters mishandle migration scripts: adapter-pg
// splits them on every ";" (breaking function bodies), and pglite-prisma-adapter
// sends them through the extended protocol on the shadow database and does not
// await executeScript (so a failing migration would look applied). Here a script
// goes to the server whole, by the simple query protocol.
type ScriptRunner = (sql: string) => Promise<number>;
type MigrationAdapterFactory = SqlDriverAdapterFactory & {
  connectToShadowDb(): ReturnType<SqlDriverAdapterFactory["connect"]>;
};
// The two adapters depend on different @prisma/driver-adapter-utils versions, so
// only the members touched here are typed.
type ScriptableAdapter = {
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(script: string): Promise<void>;
};

function runWholeScripts<A extends ScriptableAdapter>(adapter: A, run: ScriptRunner): A {
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

type PgRows = { rowCount?: number | null };
const pgRunner =
  (adapter: object): ScriptRunner =>
  async (sql) => {
    const pool = (
      adapter as { underlyingDriver(): { query(sql: string): Promise<PgRows | PgRows[]> } }
    ).underlyingDriver();
    const result = await pool.query(sql);
    return (Array.isArray(result) ? result.at(-1)?.rowCount : result.rowCount) ?? 0;
  };

export function createMigrationAdapter(): MigrationAdapterFactory {
  if (env.DATABASE_URL) {
    const factory = new PrismaPg({ connectionString: env.DATABASE_URL, max: 1 });
    const wrap = async <A extends ScriptableAdapter>(pending: Promise<A>) => {
      const adapter = await pending;
      return runWholeScripts(adapter, pgRunner(adapter));
    };
    return {
      provider: "postgres",
      adapterName: factory.adapterName,
      connect: () => wrap(factory.connect()),
      connectToShadowDb: () => wrap(factory.connectToShadowDb()),
    } as unknown as MigrationAdapterFactory;
  }
  const connectTo = async (client: PGlite) =>
    runWholeScripts(await new PrismaPGlite(client).connect(), pgliteRunner(client));
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connectTo(openPGlite()),
    connectToShadowDb: () => connectTo(new PGlite()),
  } as unknown as MigrationAdapterFactory;
}
