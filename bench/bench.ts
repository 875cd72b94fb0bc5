// npm run bench [-- --sizes small --duration 10 --skip-build --fresh --database <url> --no-cluster --pages <regexp>]
// The production build (a copy with two reference pages, bench/stage.ts) against a
// scale-seeded Postgres (<name>_bench next to DATABASE_URL; without it, a PGlite folder),
// loaded with autocannon at several concurrencies, as a visitor and signed in (member,
// admin); then, on Postgres, the same through nginx in front of two instances sharing
// Redis, and the time a write through one takes to show on the other. Prints markdown
// tables and writes .bench/results.json.
// Times are reported, never asserted: it fails only when a page answers non-2xx.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE, sessionCookie } from "../lib/auth/cookie";
import { measureWriteToVisible, startBenchCluster, type WriteToVisible } from "./cluster";
import {
  benchPages,
  clusterPages,
  copiesPerLocale,
  prepareBenchDatabase,
  storeFromUrl,
  type BenchPage,
  type BenchViewer,
} from "./database";
import { firstRequest, measure, measureExport } from "./load";
import { failedRequests, markdownTable, writeToVisibleLine, type PageResult } from "./report";
import { FULL_SIZES, parseFlags, SMALL_SIZES, sizesFrom } from "./scale/options";
import { routing } from "../i18n/routing";
import { startServer, type Server } from "./server";
import { buildStage, STAGE_DIR, stageSources } from "./stage";

const flags = parseFlags(process.argv.slice(2));
const small = flags.get("sizes") === "small";
const sizes = sizesFrom(flags, small ? SMALL_SIZES : FULL_SIZES);
const seconds = Number(flags.get("duration") ?? (small ? 2 : 10));
const warmup = Math.min(2, seconds / 2);
const concurrencies = String(flags.get("connections") ?? "1,8,32")
  .split(",")
  .map(Number);
const writeRounds = small ? 2 : 6;

const store =
  typeof flags.get("database") === "string"
    ? storeFromUrl(String(flags.get("database")))
    : await prepareBenchDatabase(sizes, flags.has("fresh"));
const { pages: allPages, sessions, projectSlug } = await benchPages(store);
// --pages <regular expression>: only the pages whose names match (and the references).
const only = typeof flags.get("pages") === "string" ? new RegExp(String(flags.get("pages"))) : null;
const benched = allPages.filter((page) => !only || page.reference || only.test(page.name));
if (!flags.has("skip-build")) buildStage(stageSources());
else if (!fs.existsSync(path.join(STAGE_DIR, ".next", "BUILD_ID")))
  throw new Error(`--skip-build: there is no build in ${STAGE_DIR}`);

const pages: PageResult[] = [];
const clustered: PageResult[] = [];
let writes: WriteToVisible[] = [];
let localeCopies: LocaleCopies | undefined;
let exportRun: Awaited<ReturnType<typeof measureExport>> | undefined;
// A throwaway secret, so the server writes none into .data/; the signed-in passes sign their sessions with it.
const authSecret = randomBytes(32).toString("hex");
// The claims lib/auth/session-token.ts puts in a session.
const sessionValue = async (viewer: BenchViewer) => {
  const { userId, sessionId } = sessions[viewer];
  const token = { sub: userId, role: viewer === "admin" ? "ADMIN" : "MEMBER", sid: sessionId };
  return encode({ token, secret: authSecret, maxAge: SESSION_MAX_AGE });
};
const sessionValues = { member: await sessionValue("member"), admin: await sessionValue("admin") };
const signedIn = {
  member: { cookie: `${sessionCookie.name}=${sessionValues.member}` },
  admin: { cookie: `${sessionCookie.name}=${sessionValues.admin}` },
};

// Each page's first request, before any load (a cached page's miss), then a pass over
// every page, so that none is measured on code the server has not run yet; then each
// page at each concurrency. With `paired`, each page's reference (the floor for a
// dynamic page, the ceiling for a cached one) is measured right before it, at the same
// concurrency: the machine's speed drifts by a third within a run, so a ratio to
// references measured minutes apart moves by as much.
async function loadPages(origin: string, list: BenchPage[], results: PageResult[], paired = false) {
  const target = (page: BenchPage) => ({
    url: `${origin}${page.path}`,
    headers: page.viewer ? signedIn[page.viewer] : {},
  });
  const references = new Map(list.flatMap((page) => (page.reference ? [[page.reference, page]] : [])));
  const firstMs = new Map<BenchPage, number>();
  for (const page of list) {
    const { url, headers } = target(page);
    firstMs.set(page, await firstRequest(url, headers));
  }
  for (const page of list) {
    const { url, headers } = target(page);
    await measure(url, 8, { seconds: warmup, warmup: 0, headers });
  }
  // The reference pages are measured again after the others: the ratios use both.
  const again = list
    .filter((page) => page.reference)
    .map((page) => ({ ...page, name: `${page.name} (again)` }));
  for (const page of [...list, ...again]) {
    const { url, headers } = target(page);
    const result: PageResult = { ...page, firstMs: firstMs.get(page) ?? NaN, levels: [] };
    const reference = paired && !page.reference && references.get(page.dynamic ? "floor" : "ceiling");
    for (const connections of concurrencies) {
      const pairedRps = reference
        ? (await measure(target(reference).url, connections, { seconds, warmup })).rps
        : undefined;
      const m = await measure(url, connections, { seconds, warmup, headers });
      const beside = pairedRps ? `, ${reference && reference.name} beside it ${pairedRps}` : "";
      console.log(
        `${page.name} c=${connections}: ${m.rps} req/s, p50 ${m.p50} p95 ${m.p95} p99 ${m.p99} ms${beside}`,
      );
      result.levels.push({ ...m, pairedRps });
    }
    results.push(result);
  }
}

type LocaleCopies = {
  pages: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  firstMs: Record<string, number>;
};

// What a language's copies cost: every locale's copy of a few pages asked for once (each a
// cache miss, rendered and kept), with the server's memory before and after.
async function measureLocaleCopies(server: Server, paths: string[]): Promise<LocaleCopies> {
  const rssBefore = server.rss();
  const firstMs: Record<string, number> = {};
  for (const locale of routing.locales) {
    const prefix = locale === routing.defaultLocale ? "" : `/${locale}`;
    const times: number[] = [];
    for (const page of paths) times.push(await firstRequest(`${server.url}${prefix}${page}`));
    firstMs[locale] = Math.round(times.reduce((sum, ms) => sum + ms, 0) / times.length);
  }
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return { pages: paths.length, rssBeforeMb: mb(rssBefore), rssAfterMb: mb(server.rss()), firstMs };
}

const server = await startServer(STAGE_DIR, store.env, authSecret);
const stopOnSignal = () => void server.stop().then(() => process.exit(130));
process.once("SIGINT", stopOnSignal).once("SIGTERM", stopOnSignal);
try {
  await loadPages(server.url, benched, pages, true);
  localeCopies = await measureLocaleCopies(server, copiesPerLocale(projectSlug));
  exportRun = await measureExport(`${server.url}/projects/export.csv`, server);
} finally {
  await server.stop();
  process.off("SIGINT", stopOnSignal).off("SIGTERM", stopOnSignal);
}

// Several processes share one database: not the embedded store.
if (store.databaseUrl && !flags.has("no-cluster")) {
  console.log("Cluster pass: nginx in front of two instances sharing Postgres and Redis");
  const cluster = await startBenchCluster(STAGE_DIR, store.env, authSecret);
  const stopCluster = () => void cluster.stop().then(() => process.exit(130));
  process.once("SIGINT", stopCluster).once("SIGTERM", stopCluster);
  try {
    await loadPages(cluster.url, clusterPages(projectSlug), clustered);
    writes = await measureWriteToVisible(
      cluster,
      { name: sessionCookie.name, value: sessionValues.member },
      projectSlug,
      writeRounds,
    );
  } finally {
    await cluster.stop();
  }
}

const peakRssMb = Math.round(server.peakRss() / 2 ** 20);
const exportLine = exportRun
  ? `Download of every project as CSV: ${exportRun.rows} rows, ${exportRun.megabytes} MB in ${exportRun.seconds} s, server memory ${exportRun.rssBeforeMb} MB before and at most ${exportRun.rssPeakMb} MB during it.`
  : "";
const table = markdownTable(pages);
const clusterTable = clustered.length ? markdownTable(clustered, pages) : "";
const writeLine = writeToVisibleLine(writes);
const localeLine = localeCopies
  ? `Copies per language: ${localeCopies.pages} pages asked for once in each of ${routing.locales.length} languages (${Object.entries(
      localeCopies.firstMs,
    )
      .map(([locale, ms]) => `${locale} ${ms} ms`)
      .join(
        ", ",
      )}: mean first request, a copy's render); server memory ${localeCopies.rssBeforeMb} MB before, ${localeCopies.rssAfterMb} MB after.`
  : "";
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
  `${JSON.stringify({ ...meta, peakRssMb, export: exportRun, pages, localeCopies, cluster: clustered, writeToVisible: writes }, null, 2)}\n`,
);
console.log(
  `\n${table}\n\nServer peak RSS: ${peakRssMb} MB. ${exportLine}\n${localeLine}\n${JSON.stringify(meta)}`,
);
if (clusterTable)
  console.log(
    `\nThrough nginx, two instances (ratios to the one instance's references):\n\n${clusterTable}\n\n${writeLine}`,
  );
console.log("Written to .bench/results.json");

const failed = failedRequests([...pages, ...clustered]);
if (failed.length) {
  console.error(`Pages that answered non-2xx: ${failed.join("; ")}`);
  process.exitCode = 1;
}
