import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";

// The machines run Redis on 127.0.0.1:6379; these tests use database 5 unless told otherwise.
process.env.REDIS_URL ||= "redis://127.0.0.1:6379/5";
const { apiRetryAfter, setApiRateLimit } = await import("@/lib/api/rate-limit");
const { redisClient } = await import("@/lib/redis");

const from = (address: string) => new Headers({ "x-forwarded-for": address });

afterAll(async () => {
  setApiRateLimit();
  await redisClient()?.close();
});

describe("the API limit with REDIS_URL", () => {
  it("counts a client's requests together across server processes", async () => {
    // A client address no other run has used: Redis keeps counts between runs.
    const address = `2001:db8::${randomUUID().slice(0, 4)}`;
    setApiRateLimit(3);
    expect(await apiRetryAfter(from(address))).toBe(0);
    expect(await apiRetryAfter(from(address))).toBe(0);
    // Another process starts its own limiter on the same Redis: the count goes on.
    setApiRateLimit(3);
    expect(await apiRetryAfter(from(address))).toBe(0);
    expect(await apiRetryAfter(from(address))).toBeGreaterThan(0);
    const stored = await redisClient()!.keys(`asem:api:*${address}*`);
    expect(stored.length).toBe(1);
  });
});
