import "server-only";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { clientAddressOf } from "@/lib/client-address";
import { redisClient } from "@/lib/redis";

export const API_REQUESTS_PER_MINUTE = 120;

// Counted in Redis with REDIS_URL, so every server process counts the same client together;
// without it in memory, one process being the whole portal. No database write per request.
function newLimiter(points: number) {
  const memory = new RateLimiterMemory({ keyPrefix: "api", points, duration: 60 });
  const redis = redisClient();
  if (!redis) return memory;
  // While Redis is unreachable, each process counts on its own rather than refusing everyone.
  return new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    keyPrefix: "asem:api",
    points,
    duration: 60,
    insuranceLimiter: memory,
  });
}

let limiter = newLimiter(API_REQUESTS_PER_MINUTE);

// A different limit, with every count reset (tests use a small one).
export function setApiRateLimit(points = API_REQUESTS_PER_MINUTE) {
  limiter = newLimiter(points);
}

// 0 when this client may make the request now, else the seconds until it may.
export async function apiRetryAfter(headers: Headers): Promise<number> {
  try {
    await limiter.consume(clientAddressOf(headers));
    return 0;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
}
