import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@redis/client";
import { nginxBinary, writeNginxConfig } from "./nginx";

export type ClusterOptions = {
  env: NodeJS.ProcessEnv;
  port: number;
  instancePorts: number[];
  build: boolean;
  // false: DATABASE_URL is already migrated and seeded (the benchmark's scaled database).
  prepare?: boolean;
  // The portal's folder: the benchmark runs its own built copy (bench/stage.ts).
  cwd?: string;
  log?: (line: string) => void;
};

export type Cluster = { url: string; instanceUrls: string[]; stop: () => Promise<void> };

// Migrates and seeds DATABASE_URL, builds if asked (or if there is no build), empties
// this build's entries in the shared cache, then starts the instances and nginx.
export async function startCluster({
  env,
  port,
  instancePorts,
  build,
  prepare = true,
  cwd = process.cwd(),
  log = console.log,
}: ClusterOptions): Promise<Cluster> {
  if (!env.DATABASE_URL)
    throw new Error(
      "Set DATABASE_URL to a Postgres database: the instances share it (the embedded store is one process's).",
    );
  const nginx = nginxBinary();
  const run = (args: string[]) => execFileSync("npx", args, { env, cwd, stdio: "inherit" });
  if (prepare) {
    run(["tsx", "prisma/migrate.ts"]);
    run(["tsx", "prisma/seed.ts"]);
  }
  const distDir = path.join(cwd, ".next");
  if (build || !fs.existsSync(path.join(distDir, "BUILD_ID"))) run(["next", "build"]);
  await clearSharedCache(env.REDIS_URL!, distDir);

  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(children.map((child) => stopChild(child)));
  };
  // One process gone (a crash, a port taken) and the cluster is not what it says: stop all.
  const watch = (child: ChildProcess, name: string) => {
    children.push(child);
    child.once("exit", (code, signal) => {
      if (stopping) return;
      console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the cluster.`);
      void stop().then(() => process.exit(1));
    });
  };
  try {
    for (const instancePort of instancePorts) {
      watch(
        spawn(process.execPath, ["--import", "tsx", "server.ts"], {
          cwd,
          env: {
            ...env,
            NODE_ENV: "production",
            PORT: String(instancePort),
            PUBLIC_URL: env.PUBLIC_URL || `http://localhost:${port}`,
            // nginx runs on this machine: believe its X-Forwarded-For, no one else's.
            TRUSTED_PROXIES: env.TRUSTED_PROXIES || "loopback",
          },
          stdio: ["ignore", "inherit", "inherit"],
        }),
        `The instance on :${instancePort}`,
      );
    }
    await Promise.all(
      instancePorts.map((instancePort) => waitForHttp(`http://localhost:${instancePort}/about`)),
    );
    const folder = path.resolve(".data", `cluster-${port}`);
    const config = writeNginxConfig(folder, port, instancePorts);
    watch(spawn(nginx, ["-p", folder, "-c", config, "-g", "daemon off;"], { stdio: "inherit" }), "nginx");
    await waitForHttp(`http://localhost:${port}/about`);
  } catch (error) {
    await stop();
    throw error;
  }
  log(
    `The portal is ready on http://localhost:${port} (nginx), in front of ${instancePorts
      .map((instancePort) => `:${instancePort}`)
      .join(" and ")}, sharing ${env.REDIS_URL}. Ctrl-C stops them all.`,
  );
  return {
    url: `http://localhost:${port}`,
    instanceUrls: instancePorts.map((p) => `http://localhost:${p}`),
    stop,
  };
}

// A reseed changes the data under every cached page: drop this build's.
async function clearSharedCache(redisUrl: string, distDir: string) {
  const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `asem:${buildId}:*`, COUNT: 1000 }))
      if (keys.length > 0) await client.unlink(keys);
  } finally {
    await client.close();
  }
}

async function waitForHttp(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
