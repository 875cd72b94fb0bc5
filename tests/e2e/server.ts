import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { adminQuery, localDatabaseUrl, withDatabase } from "../../lib/local-database";

// Starts the production build for the browser tests on a fresh, seeded database
// of its own: .data/e2e (PGlite) or <database>_e2e on the local Postgres server.
const port = process.env.E2E_PORT ?? "3100";
const env = { ...process.env };
const url = localDatabaseUrl();
if (url) {
  const name = `${url.pathname.slice(1)}_e2e`;
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE "${name}"`);
  env.DATABASE_URL = withDatabase(url, name);
} else {
  env.PGLITE_DATA_DIR = path.resolve(".data", "e2e");
  fs.rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
}

const run = (command: string, args: string[]) => execFileSync(command, args, { env, stdio: "inherit" });
run("npx", ["tsx", "prisma/migrate.ts"]);
run("npx", ["tsx", "prisma/seed.ts"]);
if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);

const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
  env: { ...env, NODE_ENV: "production", PORT: port, PUBLIC_URL: `http://localhost:${port}` },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
