// The one place that decides which Postgres the portal talks to: a real server
// when DATABASE_URL is set, otherwise embedded PGlite in a local data folder.
// Shared by the app (lib/db.ts), the migration runner, the seed and scripts.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { env } from "./env";
import { lockDataDir } from "./store-lock";

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

export type StoreKind = "postgres" | "pglite";

export function storeKind(): StoreKind {
  return env.DATABASE_URL ? "postgres" : "pglite";
}

export function pgliteDataDir(): string {
  return env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR;
}

// Opens a PGlite folder for this process alone (lib/store-lock.ts); closing the
// client releases it.
export function openPGlite(dataDir = pgliteDataDir()): PGlite {
  if (dataDir.startsWith("memory://")) return new PGlite(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = new PGlite(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const close = client.close.bind(client);
  client.close = async () => {
    try {
      await close();
    } finally {
      release();
    }
  };
  return client;
}

// The store as the Prisma client takes it, and how to close it. PGlite opens on
// the first query, not when the client is made: `next build` imports lib/db.ts in
// several worker processes and must not open (and lock) the folder.
export function openStore(): { adapter: SqlDriverAdapterFactory; close: () => Promise<void> } {
  if (env.DATABASE_URL) {
    return {
      adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE }),
      close: async () => {},
    };
  }
  let client: PGlite | undefined;
  // Typed as the Prisma client expects: the adapter is built against another
  // @prisma/driver-adapter-utils release that speaks the same protocol.
  const adapter = {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => new PrismaPGlite((client ??= openPGlite())).connect(),
  } as unknown as SqlDriverAdapterFactory;
  return { adapter, close: async () => client?.close() };
}

// A plain SQL connection to the store, for the migration runner and bulk scripts
// that do not go through Prisma.
export type SqlConnection = {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  exec(script: string): Promise<unknown>;
  close(): Promise<void>;
};

export async function openSqlConnection(
  store: { databaseUrl?: string; pgliteDir?: string } = { databaseUrl: env.DATABASE_URL },
): Promise<SqlConnection> {
  if (store.databaseUrl) {
    const client = new pg.Client({ connectionString: store.databaseUrl });
    await client.connect();
    return {
      query: async <Row>(sql: string, params?: unknown[]) => ({
        rows: (await client.query(sql, params)).rows as Row[],
      }),
      // Without parameters pg sends the simple query protocol: a whole script at once.
      exec: (script) => client.query(script),
      close: () => client.end(),
    };
  }
  const client = openPGlite(store.pgliteDir);
  return {
    query: (sql, params) => client.query(sql, params),
    exec: (script) => client.exec(script),
    close: () => client.close(),
  };
}
