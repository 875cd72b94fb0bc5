// Next's caches (cached pages, and cached reads with their tags) in Redis when REDIS_URL
// is set (next.config.mjs), so that every server process serves the same copies and a
// write through any of them expires them for all. Loaded by Next at run time.
import fs from "node:fs";
import path from "node:path";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";

// Entries of one build only: another build's pages refer to scripts it no longer has.
function keyPrefix() {
  const buildIdFile = path.join(".next", "BUILD_ID");
  const buildId = fs.existsSync(buildIdFile) ? fs.readFileSync(buildIdFile, "utf8").trim() : "dev";
  return `${process.env.REDIS_KEY_PREFIX ?? "asem"}:${buildId}:`;
}

async function handlers() {
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  client.on("error", (error) => console.error(`Redis (the shared cache): ${error.message}`));
  try {
    await client.connect();
    return [createRedisHandler({ client, keyPrefix: keyPrefix(), timeoutMs: 2_000 })];
  } catch (error) {
    // Serving on beats refusing: this process keeps its own copies until Redis is back.
    console.error(
      `The shared cache at REDIS_URL is unreachable (${error.message}); caching in this process only.`,
    );
    return [createLruHandler()];
  }
}

let config;
CacheHandler.onCreation(() => (config ??= handlers().then((list) => ({ handlers: list }))));

// Next 16 reads a page's lifetime from the entry (cacheControl); without it, a process that
// did not render the page takes it as stale after a second and renders it again each time.
export default class SharedCacheHandler extends CacheHandler {
  async get(key, context) {
    const entry = await super.get(key, context);
    if (entry?.lifespan && !entry.cacheControl)
      entry.cacheControl = {
        revalidate: entry.lifespan.revalidate ?? entry.lifespan.staleAge,
        expire: entry.lifespan.expireAge,
      };
    return entry;
  }
}
