import fs from "node:fs";
import { inject } from "vitest";
import { adminQuery, localDatabaseUrl, withDatabase } from "./test-database";

// Each worker gets its own copy of the seeded template, once, before any test
// file imports lib/db.ts (which then keeps one client per worker).
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
