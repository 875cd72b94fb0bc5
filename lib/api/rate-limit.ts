import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientAddressOf } from "@/lib/client-address";

export const API_REQUESTS_PER_MINUTE = 120;

// Counted in memory, per server process: the API only reads, so a limit that each process
// keeps on its own (a client may get N times it from N processes) is protection enough,
// and costs no database write per request.
function newLimiter(points: number) {
  return new RateLimiterMemory({ keyPrefix: "api", points, duration: 60 });
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
