import { chromium } from "@playwright/test";
import { startCluster, type Cluster } from "../scripts/cluster/start";
import { freePort } from "./server";

// The benchmark's cluster pass: `npm run cluster`'s deployment (nginx in front of two
// instances sharing Postgres and Redis) on the benchmark's built copy and scaled database.
export async function startBenchCluster(
  stageDir: string,
  storeEnv: Record<string, string>,
  authSecret: string,
): Promise<Cluster> {
  const [port, ...instancePorts] = await Promise.all([freePort(), freePort(), freePort()]);
  return startCluster({
    env: {
      ...process.env,
      ...storeEnv,
      AUTH_SECRET: authSecret,
      REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    },
    port,
    instancePorts,
    build: false,
    prepare: false,
    cwd: stageDir,
    log: () => {},
  });
}

export type WriteToVisible = { write: "endorse" | "withdraw"; pageMs: number; apiMs: number };

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// How long after a write through one instance the other shows it: a member endorses a
// project (and withdraws, alternately) in a browser on the first instance; the second's
// cached project page and its API record are asked for, together, until both show it.
export async function measureWriteToVisible(
  cluster: Cluster,
  session: { name: string; value: string },
  slug: string,
  rounds: number,
): Promise<WriteToVisible[]> {
  const [first, second] = cluster.instanceUrls;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const results: WriteToVisible[] = [];
  try {
    const context = await browser.newContext();
    await context.addCookies([{ ...session, domain: "localhost", path: "/", httpOnly: true }]);
    const page = await context.newPage();
    const endorsementCount = async () => {
      const response = await fetch(`${second}/api/v1/projects/${slug}`);
      return ((await response.json()) as { data: { endorsementCount: number } }).data.endorsementCount;
    };
    // The page's sentence about its endorsers ("<n> organisation(s) endorsed this entry").
    const pageShows = async (count: number) => {
      const html = await fetch(`${second}/projects/${slug}`).then((response) => response.text());
      return count === 0
        ? html.includes("No organisation has endorsed")
        : html.includes(`>${count} organisation`);
    };
    for (let round = 0; round < rounds; round++) {
      await page.goto(`${first}/projects/${slug}/endorse`);
      const endorse = page.getByRole("button", { name: /^Endorse on behalf of/ });
      const withdraw = page.getByRole("button", { name: "Withdraw our endorsement" });
      await endorse.or(withdraw).waitFor();
      const endorsed = await withdraw.isVisible();
      const before = await endorsementCount();
      const expected = endorsed ? before - 1 : before + 1;
      // The second instance's copies hold the state before the write.
      if (!(await pageShows(before)))
        throw new Error(`${second}/projects/${slug} does not show ${before} endorsers`);
      await (endorsed ? withdraw : endorse).click();
      await (endorsed ? endorse : withdraw).waitFor({ timeout: 30_000 });
      const written = performance.now();
      const seen: { pageMs?: number; apiMs?: number } = {};
      while (
        (seen.pageMs === undefined || seen.apiMs === undefined) &&
        performance.now() - written < 30_000
      ) {
        await Promise.all([
          seen.pageMs === undefined &&
            pageShows(expected).then((yes) => yes && (seen.pageMs = performance.now() - written)),
          seen.apiMs === undefined &&
            endorsementCount().then(
              (count) => count === expected && (seen.apiMs = performance.now() - written),
            ),
        ]);
      }
      if (seen.pageMs === undefined || seen.apiMs === undefined)
        throw new Error(`${second} did not show the ${endorsed ? "withdrawal" : "endorsement"} within 30 s`);
      results.push({
        write: endorsed ? "withdraw" : "endorse",
        pageMs: Math.round(seen.pageMs),
        apiMs: Math.round(seen.apiMs),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}
