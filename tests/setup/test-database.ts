import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// Where test databases live. PGlite: a migrated, seeded template folder copied
// per worker. Postgres: a template database cloned per worker, on localhost only.

export function localDatabaseUrl(): URL | undefined {
  if (!process.env.DATABASE_URL) return undefined;
  const url = new URL(process.env.DATABASE_URL);
  if (!["localhost", "127.0.0.1", "[::1]", "::1"].includes(url.hostname)) {
    throw new Error(
      `Refusing to run tests against a non-local database (${url.hostname}); tests create and drop databases.`,
    );
  }
  return url;
}

export function withDatabase(url: URL, name: string) {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
}

export async function adminQuery(url: URL, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function migrationScripts(): string[] {
  const dir = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");
  return fs
    .readdirSync(dir)
    .filter((entry) => fs.existsSync(path.join(dir, entry, "migration.sql")))
    .sort()
    .map((entry) => fs.readFileSync(path.join(dir, entry, "migration.sql"), "utf8"));
}
