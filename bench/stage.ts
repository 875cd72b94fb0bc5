import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The benchmark measures the portal's own build plus two reference pages (a framework floor
// and a cache ceiling) that must never ship. So it builds a copy of the portal's sources with
// them added, in a folder of its own: the product's build and sources stay as they are.
// The copy sits inside the repository so Node and Next find the portal's node_modules above it.
export const STAGE_DIR = path.resolve(".data", "bench-src");

// What a build reads; tests, tooling and data stay out.
const SOURCES = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "prisma",
  "proxy.ts",
  "instrumentation.ts",
  "server.ts",
  "cache-handler.mjs",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
];

// The group folder whose layouts the portal's pages render through, wherever it sits.
function siteGroup(appDir: string): string {
  const queue = [appDir];
  while (queue.length) {
    const dir = queue.shift()!;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = path.join(dir, entry.name);
      if (entry.name === "(site)") return child;
      queue.push(child);
    }
  }
  throw new Error(`No (site) route group under ${appDir}: where do the portal's pages live?`);
}

export function stageSources(): string {
  fs.rmSync(STAGE_DIR, { recursive: true, force: true });
  fs.mkdirSync(STAGE_DIR, { recursive: true });
  for (const source of SOURCES) {
    if (fs.existsSync(source)) fs.cpSync(source, path.join(STAGE_DIR, source), { recursive: true });
  }
  const benchRoutes = path.join(siteGroup(path.join(STAGE_DIR, "app")), "bench");
  fs.cpSync(path.resolve("bench", "reference-pages"), benchRoutes, { recursive: true });
  // Tailwind skips git-ignored folders, as this copy is (.data/): name it as a source.
  const css = path.join(STAGE_DIR, "app", "globals.css");
  const styles = fs
    .readFileSync(css, "utf8")
    .replace('@import "tailwindcss";', '@import "tailwindcss";\n@source "..";');
  fs.writeFileSync(css, styles);
  return STAGE_DIR;
}

// `next build` in the copy, through the portal's own Next.
export function buildStage(stageDir: string) {
  execFileSync(path.resolve("node_modules", ".bin", "next"), ["build"], {
    cwd: stageDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
}
