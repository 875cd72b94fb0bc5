// `npm run cluster`: the portal as several processes behind nginx, sharing DATABASE_URL
// (Postgres) and REDIS_URL: http://localhost:8080 in front of :3001 and :3002.
// --build rebuilds first; CLUSTER_PORT and CLUSTER_INSTANCE_PORTS (comma-separated) move them.
import { startCluster } from "./cluster/start";

const env = { ...process.env, REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379" };
const port = Number(process.env.CLUSTER_PORT ?? 8080);
const instancePorts = (process.env.CLUSTER_INSTANCE_PORTS ?? "3001,3002").split(",").map(Number);

try {
  const cluster = await startCluster({ env, port, instancePorts, build: process.argv.includes("--build") });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void cluster.stop().then(() => process.exit(0)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
