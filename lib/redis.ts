import "server-only";
import { createClient } from "@redis/client";
import { env } from "@/lib/env";

const connect = (url: string) => createClient({ url, pingInterval: 10_000 });
type RedisClient = ReturnType<typeof connect>;
const shared = globalThis as unknown as { portalRedis?: RedisClient };

// The one Redis connection of this process (REDIS_URL), or null without one. Commands sent
// before it is up wait for it; cache-handler.mjs keeps a connection of its own.
export function redisClient(): RedisClient | null {
  if (!env.REDIS_URL) return null;
  if (!shared.portalRedis) {
    const client = connect(env.REDIS_URL);
    client.on("error", (error: Error) => console.error(`Redis: ${error.message}`));
    void client.connect().catch(() => {});
    shared.portalRedis = client;
  }
  return shared.portalRedis;
}
