import { adminQuery, localDatabaseUrl, withDatabase } from "../../lib/local-database";
import { startCluster } from "../../scripts/cluster/start";
import { clusterPorts } from "./ports";

// Starts `npm run cluster` for the two-instance test on a fresh database of its own
// (<database>_cluster on the local Postgres server) and REDIS_URL (default database 0).
const url = localDatabaseUrl();
if (!url) {
  console.error(
    "The cluster test needs DATABASE_URL (Postgres): two processes cannot share the embedded store.",
  );
  process.exit(1);
}
const name = `${url.pathname.slice(1)}_cluster`;
await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await adminQuery(url, `CREATE DATABASE "${name}"`);
const env = {
  ...process.env,
  DATABASE_URL: withDatabase(url, name),
  REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
};
const { port, instancePorts } = clusterPorts();
const cluster = await startCluster({ env, port, instancePorts, build: !process.env.E2E_SKIP_BUILD });
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void cluster.stop().then(() => process.exit(0)));
