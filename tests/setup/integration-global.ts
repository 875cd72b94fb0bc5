import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { PrismaClient } from "../../lib/generated/prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { seed } from "../../prisma/seed/index";
import { adminQuery, localDatabaseUrl, withDatabase } from "@/lib/local-database";
import { applyMigrations } from "@/lib/migrations";
import { openSqlConnection } from "@/lib/store";

declare module "vitest" {
  export interface ProvidedContext {
    templateDir: string;
    templateDatabase: string;
  }
}

// Builds one migrated and seeded template per run; each worker then takes a copy.
export default async function setup(project: TestProject) {
  const url = localDatabaseUrl();
  if (url) {
    const template = `${url.pathname.slice(1)}_tpl`;
    await adminQuery(url, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await adminQuery(url, `CREATE DATABASE "${template}"`);
    const connection = await openSqlConnection({ databaseUrl: withDatabase(url, template) });
    await applyMigrations(connection);
    await connection.close();
    const db = new PrismaClient({
      adapter: new PrismaPg({ connectionString: withDatabase(url, template), max: 2 }),
    });
    await seed(db);
    await db.$disconnect();
    project.provide("templateDatabase", template);
    project.provide("templateDir", "");
    return async () => {
      const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
      await admin.connect();
      // Matched exactly: LIKE would treat "_" as a wildcard and could match others' databases.
      const workerPrefix = `${url.pathname.slice(1)}_w`;
      const ours = (name: string) =>
        name === template || (name.startsWith(workerPrefix) && /^\d+$/.test(name.slice(workerPrefix.length)));
      const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database");
      for (const { datname } of rows.filter((row) => ours(row.datname)))
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await admin.end();
    };
  }

  const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), "asem-portal-tpl-"));
  const client = new PGlite(templateDir);
  try {
    await applyMigrations(client);
    const db = new PrismaClient({ adapter: new PrismaPGlite(client) as unknown as SqlDriverAdapterFactory });
    await seed(db);
    await db.$disconnect();
  } catch (error) {
    await client.close();
    fs.rmSync(templateDir, { recursive: true, force: true });
    throw error;
  }
  // Closed before copying: a closed PGlite folder is a plain Postgres data directory.
  await client.close();
  project.provide("templateDir", templateDir);
  project.provide("templateDatabase", "");
  return () => {
    for (const entry of fs.readdirSync(os.tmpdir())) {
      if (entry.startsWith(`${path.basename(templateDir)}-w`))
        fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true });
    }
    fs.rmSync(templateDir, { recursive: true, force: true });
  };
}
