import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { adminQuery, localDatabaseUrl, withDatabase } from "../../lib/local-database";
import { startTestMailServer } from "./mail-server";

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

// The portal sends its mail by SMTP to a server of the tests' own, which files each
// message where the specs read it (tests/e2e/mailbox.ts); links point at this server.
env.SMTP_URL = await startTestMailServer();
env.NEXTAUTH_URL = `http://localhost:${port}`;

const run = (command: string, args: string[]) => execFileSync(command, args, { env, stdio: "inherit" });
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "prisma/seed.ts"]);
if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);

// "localhost", not "127.0.0.1": with a literal loopback address Next sends proxy.ts's
// rewrites back to itself over HTTP (vercel/next.js#94745).
const server = spawn("npx", ["next", "start", "-p", port, "-H", "localhost"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
