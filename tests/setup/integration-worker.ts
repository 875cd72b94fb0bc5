import fs from "node:fs";
import { inject } from "vitest";
import { adminQuery, localDatabaseUrl, withDatabase } from "@/lib/local-database";

// Each test process gets its own copy of the seeded template before any test
// file imports lib/db.ts. Vitest isolates files in fresh processes, so every file
// starts from the seeded state; the flag keeps one copy per worker if isolation is off.
const state = globalThis as unknown as { testDatabaseReady?: boolean };

if (!state.testDatabaseReady) {
  const worker = process.env.VITEST_POOL_ID ?? "1";
  const url = localDatabaseUrl();
  if (url) {
    const name = `${url.pathname.slice(1)}_w${worker}`;
    await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(url, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
    process.env.DATABASE_URL = withDatabase(url, name);
    process.env.DATABASE_POOL_SIZE = "4";
  } else {
    const dir = `${inject("templateDir")}-w${worker}`;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(inject("templateDir"), dir, { recursive: true });
    process.env.PGLITE_DATA_DIR = dir;
  }
  state.testDatabaseReady = true;
}
