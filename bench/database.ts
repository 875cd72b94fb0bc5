import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { demoAccounts } from "../prisma/seed/demo-accounts";
import { adminQuery, localDatabaseUrl, withDatabase } from "../lib/local-database";
import { pageCount } from "../lib/search-params";
import type { ScaleSizes } from "./scale/options";
import { connect, runScaleSeed, type ScaleStore } from "./scale/run";

// What the benchmark runs against, as the environment the server and the CLI get.
export type BenchStore = ScaleStore & { label: string; env: Record<string, string> };

const PGLITE_DIR = path.join(".data", "bench-pglite");

// The benchmark's own database: <name>_bench next to DATABASE_URL (localhost only),
// or, without DATABASE_URL, a PGlite folder of its own. Migrated, seeded and
// scale-seeded; kept between runs, since reseeding at full scale takes minutes, and
// the scale seed only redoes its rows when the sizes change.
export async function prepareBenchDatabase(sizes: ScaleSizes, fresh: boolean): Promise<BenchStore> {
  const { store, created } = await createStore(fresh);
  const env = { ...process.env, ...store.env };
  execFileSync("npx", ["tsx", "prisma/migrate.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  // Only into a new database: rerun on a scaled one, the seed rewrites every project's counter.
  if (created) execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "inherit" });
  const started = performance.now();
  const result = await runScaleSeed(store, sizes, { replace: true, log: (line) => console.log(`  ${line}`) });
  console.log(
    `Scale seed ${result.status === "seeded" ? "done" : "unchanged"} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return store;
}

async function createStore(fresh: boolean): Promise<{ store: BenchStore; created: boolean }> {
  const base = localDatabaseUrl();
  if (!base) {
    const created = fresh || !fs.existsSync(PGLITE_DIR);
    if (fresh) fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
    const pgliteDir = path.resolve(PGLITE_DIR);
    return { store: { pgliteDir, label: "PGlite", env: { PGLITE_DATA_DIR: pgliteDir } }, created };
  }
  const name = `${base.pathname.slice(1)}_bench`;
  const admin = new pg.Client({ connectionString: withDatabase(base, "postgres") });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  await admin.end();
  const created = fresh || !rowCount;
  if (fresh && rowCount) await adminQuery(base, `DROP DATABASE "${name}" WITH (FORCE)`);
  if (created) await adminQuery(base, `CREATE DATABASE "${name}"`);
  return { store: storeFromUrl(withDatabase(base, name)), created };
}

export function storeFromUrl(databaseUrl: string): BenchStore {
  return { databaseUrl, label: "Postgres", env: { DATABASE_URL: databaseUrl } };
}

// Who requests the page: a visitor (no session), the demo NGO member, or the demo admin.
export type BenchViewer = "member" | "admin";
// The floor and the ceiling are references: every page's throughput is also given as a share of
// theirs. A dynamic page (rendered on request) is held to the floor, a cached one to the ceiling.
export type BenchPage = {
  name: string;
  path: string;
  viewer?: BenchViewer;
  reference?: "floor" | "ceiling";
  dynamic?: true;
};

// A page to benchmark for each kind the issue names, picked from the data, and the
// ids of the demo NGO member and the demo admin whose sessions the signed-in passes
// use. Read before the server starts: PGlite admits one process at a time.
export async function benchPages(store: ScaleStore): Promise<{
  pages: BenchPage[];
  sessions: Record<BenchViewer, { userId: string; sessionId: string }>;
  projectSlug: string;
}> {
  const { sql, close } = await connect(store);
  try {
    // The most endorsed project: the detail page with the most endorsements to list.
    const [project] = await sql<{ slug: string }>(
      `SELECT slug FROM "Project" WHERE visibility = 'PUBLISHED' ORDER BY "endorsementCount" DESC, slug LIMIT 1`,
    );
    if (!project) throw new Error("The benchmark database has no published project");
    // The last page of /projects: the deepest offset (its first request is the one to watch).
    const [published] = await sql<{ count: string }>(
      `SELECT count(*) FROM "Project" WHERE visibility = 'PUBLISHED'`,
    );
    const lastPage = pageCount(Number(published.count));
    // A session row for each, as signing in makes one (lib/auth/session-records.ts).
    const sessionOf = async (email: string) => {
      const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
      if (!user) throw new Error(`The benchmark database has no ${email}`);
      const sessionId = randomBytes(32).toString("base64url");
      await sql(
        `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $1, $2, now() + interval '30 days')`,
        [sessionId, user.id],
      );
      return { userId: user.id, sessionId };
    };
    const sessions = {
      member: await sessionOf(demoAccounts.find((account) => account.role === "MEMBER")!.email),
      admin: await sessionOf(demoAccounts.find((account) => account.role === "ADMIN")!.email),
    };
    const projectPath = `/projects/${project.slug}`;
    return {
      sessions,
      projectSlug: project.slug,
      pages: [
        { name: "floor", path: "/bench/floor", reference: "floor" },
        { name: "ceiling", path: "/bench/ceiling", reference: "ceiling" },
        { name: "home", path: "/" },
        { name: "projects", path: "/projects" },
        { name: "projects filtered", path: "/projects?country=FR&discipline=HERITAGE" },
        { name: "projects search", path: "/projects?q=heritage" },
        { name: "projects page 500", path: "/projects?page=500" },
        { name: "projects last page", path: `/projects?page=${lastPage}` },
        { name: "project", path: projectPath },
        { name: "project endorsers", path: `${projectPath}/endorsements` },
        { name: "partnerships", path: "/partnerships" },
        { name: "recommendations", path: "/recommendations" },
        { name: "country", path: "/countries/FR" },
        // Members and admins get the same cached pages (lib/cached-pages.ts)…
        { name: "member: projects", path: "/projects", viewer: "member" },
        { name: "member: projects search", path: "/projects?q=heritage", viewer: "member" },
        { name: "admin: projects", path: "/projects", viewer: "admin" },
        // …an entry's page too, which then asks for the viewer's own part (dynamic)…
        { name: "member: project", path: projectPath, viewer: "member" },
        {
          name: "member: own panel",
          path: `/api/viewer?project=${project.slug}`,
          viewer: "member",
          dynamic: true,
        },
        { name: "admin: project", path: projectPath, viewer: "admin" },
        // …which, without JavaScript, is on the entry's page of their own, rendered for them (dynamic).
        { name: "member: own view", path: `${projectPath}/endorse`, viewer: "member", dynamic: true },
        // Each language has copies of its own (/fr/projects…): three of them under load.
        { name: "fr: projects", path: "/fr/projects" },
        { name: "zh: project", path: `/zh${projectPath}` },
        { name: "ko: projects filtered", path: "/ko/projects?country=FR&discipline=HERITAGE" },
        { name: "member: de: project", path: `/de${projectPath}`, viewer: "member" },
      ],
    };
  } finally {
    await close();
  }
}

// Through nginx to two instances: a visitor's and a member's cached pages, and what a
// member's visit asks for of its own (the viewer endpoint, an entry's page for them).
export function clusterPages(projectSlug: string): BenchPage[] {
  const projectPath = `/projects/${projectSlug}`;
  return [
    { name: "cluster: home", path: "/" },
    { name: "cluster: projects", path: "/projects" },
    { name: "cluster: projects search", path: "/projects?q=heritage" },
    { name: "cluster: project", path: projectPath },
    { name: "cluster: member: projects", path: "/projects", viewer: "member" },
    { name: "cluster: member: project", path: projectPath, viewer: "member" },
    {
      name: "cluster: member: own panel",
      path: `/api/viewer?project=${projectSlug}`,
      viewer: "member",
      dynamic: true,
    },
    { name: "cluster: member: own view", path: `${projectPath}/endorse`, viewer: "member", dynamic: true },
  ];
}

// The pages whose copies every language adds, asked for once in each (bench/bench.ts
// reports what the extra copies cost: their first render and the server's memory).
export function copiesPerLocale(projectSlug: string): string[] {
  return ["", "/projects", "/recommendations", "/partnerships", `/projects/${projectSlug}`, "/countries/FR"];
}
