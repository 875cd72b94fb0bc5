// npm run bench [-- --sizes small --duration 10 --skip-build --fresh --database <url>]
// The production build against a scale-seeded Postgres (<name>_bench next to
// DATABASE_URL; without it, a PGlite folder), loaded with autocannon at several
// concurrencies, as a visitor and signed in (member, admin); prints a markdown table
// and writes .bench/results.json.
// Times are reported, never asserted: it fails only when a page answers non-2xx.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE, sessionCookie } from "../lib/auth/cookie";
import { benchPages, prepareBenchDatabase, storeFromUrl, type BenchPage, type BenchViewer } from "./database";
import { firstRequest, measure, measureExport } from "./load";
import { failedRequests, markdownTable, type PageResult } from "./report";
import { FULL_SIZES, parseFlags, SMALL_SIZES, sizesFrom } from "./scale/options";
import { buildInto, startServer } from "./server";

const flags = parseFlags(process.argv.slice(2));
const small = flags.get("sizes") === "small";
const sizes = sizesFrom(flags, small ? SMALL_SIZES : FULL_SIZES);
const seconds = Number(flags.get("duration") ?? (small ? 2 : 10));
const warmup = Math.min(2, seconds / 2);
const concurrencies = String(flags.get("connections") ?? "1,8,32")
  .split(",")
  .map(Number);
// Outside .next (the portal's own build) and inside .data (which lint, types and git skip).
const distDir = process.env.NEXT_DIST_DIR ?? path.join(".data", "bench-next");

const store =
  typeof flags.get("database") === "string"
    ? storeFromUrl(String(flags.get("database")))
    : await prepareBenchDatabase(sizes, flags.has("fresh"));
const { pages: benched, sessions } = await benchPages(store);
if (!flags.has("skip-build")) buildInto(distDir);
else if (!fs.existsSync(path.join(distDir, "BUILD_ID")))
  throw new Error(`--skip-build: there is no build in ${distDir}`);

const pages: PageResult[] = [];
let exportRun: Awaited<ReturnType<typeof measureExport>> | undefined;
// A throwaway secret, so the server writes none into .data/; the signed-in passes sign their sessions with it.
const authSecret = randomBytes(32).toString("hex");
const server = await startServer(distDir, store.env, authSecret);
const stopOnSignal = () => void server.stop().then(() => process.exit(130));
process.once("SIGINT", stopOnSignal).once("SIGTERM", stopOnSignal);
try {
  // The claims lib/auth/session-token.ts puts in a session.
  const sessionHeaders = async (viewer: BenchViewer) => {
    const { userId, sessionId } = sessions[viewer];
    const token = { sub: userId, role: viewer === "admin" ? "ADMIN" : "MEMBER", sid: sessionId };
    const session = await encode({ token, secret: authSecret, maxAge: SESSION_MAX_AGE });
    return { cookie: `${sessionCookie.name}=${session}` };
  };
  const signedIn = { member: await sessionHeaders("member"), admin: await sessionHeaders("admin") };
  const target = (page: BenchPage) => ({
    url: `${server.url}${page.path}`,
    headers: page.viewer ? signedIn[page.viewer] : {},
  });
  // Each page's first request, before any load (a cached page's miss), then a pass
  // over every page, so that none is measured on code the server has not run yet.
  const firstMs = new Map<BenchPage, number>();
  for (const page of benched) {
    const { url, headers } = target(page);
    firstMs.set(page, await firstRequest(url, headers));
  }
  for (const page of benched) {
    const { url, headers } = target(page);
    await measure(url, 8, { seconds: warmup, warmup: 0, headers });
  }
  // The reference pages are measured again after the others: the ratios use both.
  const references = benched.filter((page) => page.reference);
  const again = references.map((page) => ({ ...page, name: `${page.name} (again)` }));
  for (const page of [...benched, ...again]) {
    const { url, headers } = target(page);
    const result: PageResult = { ...page, firstMs: firstMs.get(page) ?? NaN, levels: [] };
    for (const connections of concurrencies) {
      const m = await measure(url, connections, { seconds, warmup, headers });
      console.log(`${page.name} c=${connections}: ${m.rps} req/s, p50 ${m.p50} p95 ${m.p95} p99 ${m.p99} ms`);
      result.levels.push(m);
    }
    pages.push(result);
  }
  exportRun = await measureExport(`${server.url}/projects/export.csv`, server);
} finally {
  await server.stop();
}

const peakRssMb = Math.round(server.peakRss() / 2 ** 20);
const exportLine = exportRun
  ? `Download of every project as CSV: ${exportRun.rows} rows, ${exportRun.megabytes} MB in ${exportRun.seconds} s, server memory ${exportRun.rssBeforeMb} MB before and at most ${exportRun.rssPeakMb} MB during it.`
  : "";
const table = markdownTable(pages);
const gitCommit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
const meta = {
  date: new Date().toISOString(),
  commit: gitCommit,
  node: process.version,
  cpus: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  store: store.label,
  sizes,
  seconds,
  warmup,
};
fs.mkdirSync(".bench", { recursive: true });
fs.writeFileSync(
  path.join(".bench", "results.json"),
  `${JSON.stringify({ ...meta, peakRssMb, export: exportRun, pages }, null, 2)}\n`,
);
console.log(`\n${table}\n\nServer peak RSS: ${peakRssMb} MB. ${exportLine}\n${JSON.stringify(meta)}`);
console.log("Written to .bench/results.json");

const failed = failedRequests(pages);
if (failed.length) {
  console.error(`Pages that answered non-2xx: ${failed.join("; ")}`);
  process.exitCode = 1;
}
