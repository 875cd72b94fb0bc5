import { describe, expect, it, vi } from "vitest";

async function loadEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value as string);
  try {
    return (await import("@/lib/env")).env;
  } finally {
    vi.unstubAllEnvs();
  }
}

describe("env", () => {
  it("uses the embedded store when DATABASE_URL is empty", async () => {
    expect((await loadEnv({ DATABASE_URL: "" })).DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgres URL", async () => {
    expect((await loadEnv({ DATABASE_URL: "postgresql://u@localhost/db" })).DATABASE_URL).toBe(
      "postgresql://u@localhost/db",
    );
  });

  it("rejects anything else with a clear message", async () => {
    await expect(loadEnv({ DATABASE_URL: "mysql://u@localhost/db" })).rejects.toThrow(
      /must start with postgresql/,
    );
  });
});

describe("env: the public address and trusted proxies", () => {
  it("keeps the origin of PUBLIC_URL", async () => {
    expect((await loadEnv({ PUBLIC_URL: "https://culture.example.org" })).PUBLIC_URL).toBe(
      "https://culture.example.org",
    );
  });

  it("refuses a PUBLIC_URL with a path or another scheme", async () => {
    await expect(loadEnv({ PUBLIC_URL: "https://culture.example.org/portal" })).rejects.toThrow(
      /without a path/,
    );
    await expect(loadEnv({ PUBLIC_URL: "ftp://culture.example.org" })).rejects.toThrow(/http/);
  });

  it("reads TRUSTED_PROXIES as none, a hop count or a list, and refuses nonsense", async () => {
    expect((await loadEnv({ TRUSTED_PROXIES: "" })).TRUSTED_PROXIES).toEqual([]);
    expect((await loadEnv({ TRUSTED_PROXIES: "2" })).TRUSTED_PROXIES).toBe(2);
    expect((await loadEnv({ TRUSTED_PROXIES: "loopback, 10.0.0.0/8" })).TRUSTED_PROXIES).toEqual([
      "loopback",
      "10.0.0.0/8",
    ]);
    await expect(loadEnv({ TRUSTED_PROXIES: "my proxy" })).rejects.toThrow(/TRUSTED_PROXIES/);
  });
});
