import fs from "node:fs";
import path from "node:path";

// The migrations' SQL in order, for the integration tests' template database
// (a PGlite folder, or a Postgres database made with lib/local-database.ts).

export function migrationScripts(): string[] {
  const dir = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");
  return fs
    .readdirSync(dir)
    .filter((entry) => fs.existsSync(path.join(dir, entry, "migration.sql")))
    .sort()
    .map((entry) => fs.readFileSync(path.join(dir, entry, "migration.sql"), "utf8"));
}
