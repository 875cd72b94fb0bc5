import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The scripts a newcomer's `npm start` runs, as processes on an embedded store of their own.
const execFileAsync = promisify(execFile);
let dataDir: string;
const storeEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: "",
  PGLITE_DATA_DIR: dataDir,
  NODE_ENV: "test",
});

async function runScript(script: string, env = storeEnv()) {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ["--import", "tsx", script], {
      env,
      timeout: 90_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; killed?: boolean; stdout?: string; stderr?: string };
    if (failed.killed) throw new Error(`${script} did not exit within 90 s`);
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "asem-store-scripts-"));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("the store's scripts on the embedded database", () => {
  it("migrate, then migrate again on the migrated folder: both exit", async () => {
    const first = await runScript("prisma/migrate.ts");
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/Applied \d{14}_init/);
    const second = await runScript("prisma/migrate.ts");
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain("The embedded database is up to date.");
    expect(fs.existsSync(path.join(dataDir, "portal.lock"))).toBe(false);
  }, 200_000);

  it("refuses a second process on the folder, naming the one that holds it", async () => {
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `const { openPGlite } = await import("./lib/store.ts");
         const client = openPGlite(); await client.query("SELECT 1");
         console.log("holding"); setTimeout(() => client.close(), 60_000);`,
      ],
      { env: storeEnv(), stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.on("data", (chunk) => String(chunk).includes("holding") && resolve());
        holder.once("exit", () => reject(new Error("the holder exited early")));
      });
      for (const script of ["prisma/migrate.ts", "prisma/seed.ts"]) {
        const refused = await runScript(script);
        expect(refused.code, refused.output).toBe(1);
        expect(refused.output).toContain(`in use by process ${holder.pid}`);
      }
    } finally {
      holder.kill("SIGKILL");
    }
  }, 200_000);

  it("takes over a lock left by a process that is gone", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.once("exit", resolve));
    const stale = { pid: gone.pid, command: "crashed", since: new Date().toISOString(), startTime: null };
    fs.writeFileSync(path.join(dataDir, "portal.lock"), JSON.stringify(stale));
    const migrated = await runScript("prisma/migrate.ts");
    expect(migrated.code, migrated.output).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "portal.lock"))).toBe(false);
  }, 200_000);

  it("will not serve in production without the public address", async () => {
    const env: NodeJS.ProcessEnv = { ...storeEnv(), NODE_ENV: "production", PUBLIC_URL: "" };
    const refused = await runScript("server.ts", env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("Set PUBLIC_URL");
  }, 60_000);

  it("audit:verify walks the migrated folder's audit log and exits", async () => {
    const verified = await runScript("scripts/audit-verify.ts");
    expect(verified.code, verified.output).toBe(0);
    expect(verified.output).toMatch(/The audit log's 0 entries form an unbroken chain\./);
    expect(fs.existsSync(path.join(dataDir, "portal.lock"))).toBe(false);
  }, 120_000);
});
