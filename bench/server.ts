import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "localhost", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

// The resident memory of a process and all its descendants, in bytes (Linux /proc).
function treeRss(root: number): number {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  for (const queue = [root]; queue.length;) {
    const pid = queue.pop()!;
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      continue;
    }
    queue.push(...(parents.get(pid) ?? []));
  }
  return total;
}

function withoutRedis(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { REDIS_URL: _shared, ...own } = env;
  return own;
}

export type Server = { url: string; rss: () => number; peakRss: () => number; stop: () => Promise<void> };

// The portal's server (server.ts, as `npm run serve` starts it) in the benchmark's built copy
// (bench/stage.ts) on a free local port, sampled for memory until stopped.
export async function startServer(
  stageDir: string,
  storeEnv: Record<string, string>,
  authSecret: string,
): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    // The heap limit `npm run serve` sets, so the memory measured is the one served.
    ["--max-old-space-size=320", "--import", "tsx", "server.ts"],
    {
      cwd: stageDir,
      env: {
        // One instance as `npm start` runs it, its caches in its own memory: REDIS_URL is
        // the cluster pass's (bench/cluster.ts), where instances share them.
        ...withoutRedis(process.env),
        NODE_ENV: "production",
        PORT: String(port),
        PUBLIC_URL: `http://localhost:${port}`,
        ...storeEnv,
        AUTH_SECRET: authSecret,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const stop = async () => {
    clearInterval(sampler);
    if (child.exitCode === null) child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(killer);
  };
  const url = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null || tries > 300) {
      await stop();
      throw new Error(`The server did not come up:\n${output}`);
    }
    const ok = await fetch(`${url}/bench/floor`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, rss: () => treeRss(child.pid!), peakRss: () => peak, stop };
}
