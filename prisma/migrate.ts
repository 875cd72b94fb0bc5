// npm run db:migrate: applies prisma/migrations to the store lib/store.ts picks.
import { applyMigrations } from "../lib/migrations";
import { openSqlConnection, storeKind } from "../lib/store";
import { StoreInUse } from "../lib/store-lock";

try {
  const connection = await openSqlConnection();
  try {
    const applied = await applyMigrations(connection, (line) => console.log(line));
    const store = storeKind() === "pglite" ? "The embedded database" : "The database";
    console.log(
      applied.length ? `${store} is migrated (${applied.length} applied).` : `${store} is up to date.`,
    );
  } finally {
    await connection.close();
  }
} catch (error) {
  if (!(error instanceof StoreInUse) && !(error instanceof Error && error.message.startsWith("Migration ")))
    throw error;
  console.error(error.message);
  process.exitCode = 1;
}
