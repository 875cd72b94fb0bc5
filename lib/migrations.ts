import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlConnection } from "./store";

// Applies prisma/migrations in order, keeping Prisma's own bookkeeping table, so
// `prisma migrate status` and this agree on what is applied. It replaces `prisma
// migrate deploy`, which on an up-to-date PGlite folder prints "No pending migrations
// to apply." and never exits (it leaves the store open), and takes 20 s to start
// its WebAssembly engine. Each migration runs in one transaction with its record:
// one that fails leaves nothing behind.

export type Migration = { name: string; script: string; checksum: string };

type MigrationConnection = Pick<SqlConnection, "query" | "exec">;

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// The advisory lock `prisma migrate` takes: two runners on one database wait in turn.
const PRISMA_MIGRATE_LOCK = 72707369;

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((entry) => fs.existsSync(path.join(dir, entry, "migration.sql")))
    .sort()
    .map((name) => {
      const script = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, script, checksum: crypto.createHash("sha256").update(script).digest("hex") };
    });
}

type Applied = { migration_name: string; checksum: string; finished_at: Date | null };

// Returns the names of the migrations it applied (none when the database is current).
export async function applyMigrations(
  connection: MigrationConnection,
  log: (line: string) => void = () => {},
  migrations = readMigrations(),
): Promise<string[]> {
  await connection.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  try {
    await connection.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await connection.query<Applied>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const done: string[] = [];
    for (const migration of migrations) {
      const record = applied.get(migration.name);
      if (record && !record.finished_at) {
        throw new Error(
          `Migration ${migration.name} was started and never finished (by \`prisma migrate\`?). ` +
            `Repair the database by hand, then mark it rolled back in "_prisma_migrations".`,
        );
      }
      if (record) {
        if (record.checksum !== migration.checksum)
          log(`Warning: ${migration.name} was changed after it was applied; the change is not applied.`);
        continue;
      }
      await applyOne(connection, migration);
      log(`Applied ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
  }
}

async function applyOne(connection: MigrationConnection, migration: Migration) {
  await connection.exec("BEGIN");
  try {
    await connection.exec(migration.script);
    await connection.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [crypto.randomUUID(), migration.checksum, migration.name],
    );
    await connection.exec("COMMIT");
  } catch (error) {
    await connection.exec("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed, and nothing of it was applied: ${reason}`, {
      cause: error,
    });
  }
}
